package org.groundwork.visit.followup;

import java.time.Instant;

/** When a follow-up was asked for, acknowledged and closed, and by whom it is owned: what standards measure. */
public record FollowUpTimes(Long id, String owner, Instant requestedAt, Instant acknowledgedAt, Instant closedAt,
                            FollowUpStatus status) {
}
