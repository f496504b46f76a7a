package org.groundwork.business;

import java.util.List;

/**
 * Implemented by features that hold dated records of a business (visits, flags, follow-ups, opportunities), so the
 * business page can show one chronological timeline without depending on them. Implementations are Spring beans
 * that read through their own secured services and return at most {@code limit} entries, newest first.
 */
public interface TimelineSource {

    List<TimelineEntry> entriesFor(Long businessId, int limit);
}
