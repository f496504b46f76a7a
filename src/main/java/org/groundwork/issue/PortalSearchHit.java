package org.groundwork.issue;

/** A partner's search result: a shared issue, and the consenting business that matched on it if any. */
public record PortalSearchHit(Long issueId, String issueTitle, String businessName) {
}
