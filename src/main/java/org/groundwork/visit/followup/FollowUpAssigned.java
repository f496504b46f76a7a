package org.groundwork.visit.followup;

/** Published when a follow-up is given to a partner organization, so the organization can be told. */
public record FollowUpAssigned(Long followUpId, Long organizationId) {
}
