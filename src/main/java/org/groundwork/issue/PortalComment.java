package org.groundwork.issue;

import java.time.Instant;

/** A comment shared with partners. */
public record PortalComment(String author, Instant at, String body) {
}
