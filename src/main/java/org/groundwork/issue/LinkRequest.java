package org.groundwork.issue;

/**
 * A request to link a business to an issue: how badly it is affected, and the visit or flag (ids from the visit
 * module) and answer the link came from, when it came from one.
 */
public record LinkRequest(Long businessId, Severity severity, Long sourceVisitId, Long sourceFlagId, String note) {

    public static LinkRequest of(Long businessId, Severity severity) {
        return new LinkRequest(businessId, severity, null, null, null);
    }
}
