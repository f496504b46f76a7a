package org.groundwork.issue;

import java.time.Instant;

/** One notification as the partner's list shows it. */
public record PortalNotice(Long id, Instant at, String text, String link, boolean seen) {
}
