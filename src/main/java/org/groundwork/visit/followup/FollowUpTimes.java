package org.groundwork.visit.followup;

import java.time.Instant;

/**
 * When a follow-up was asked for, acknowledged and closed, and by whom it is owned (the staff member's or the
 * organization's name; {@code ownerStaffId} null when an organization owns it): what standards measure.
 */
public record FollowUpTimes(Long id, String owner, Long ownerStaffId, Instant requestedAt, Instant acknowledgedAt, Instant closedAt,
                            FollowUpStatus status) {
}
