package org.groundwork.issue;

import java.time.Instant;
import java.time.LocalDate;
import org.groundwork.visit.followup.FollowUpStatus;

/** A follow-up the partner's organization owns; the business is named only if it consented. */
public record PortalFollowUp(Long id, long version, String business, String description, LocalDate dueDate,
                             FollowUpStatus status, String outcome, Instant requestedAt, Instant acknowledgedAt) {

    public static final String UNNAMED = "A business that hasn't agreed to be named to partners";
}
