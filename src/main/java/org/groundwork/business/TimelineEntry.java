package org.groundwork.business;

import java.time.Instant;

/**
 * One dated event on a business's timeline: a visit, a call, a flag raised or resolved, a follow-up, an employee
 * count. {@code route} is the app path that opens the record (e.g. {@code visits/42}), or null.
 */
public record TimelineEntry(Instant at, String kind, String title, String detail, String route) {
}
