package org.groundwork.visit.followup;

import java.time.Instant;

/**
 * When a follow-up was asked for, acknowledged and closed, and by whom it is owned (the staff member's or the
 * organization's name, and the id of whichever owns it, the other id null): what standards measure.
 */
public record FollowUpTimes(Long id, String owner, Long ownerStaffId, Long ownerOrganizationId, Instant requestedAt,
                            Instant acknowledgedAt, Instant closedAt, FollowUpStatus status) {
}
