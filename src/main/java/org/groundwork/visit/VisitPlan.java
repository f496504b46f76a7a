package org.groundwork.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What planning a visit needs. {@code templateId} may be null for the default questionnaire. For a logged call,
 * email or event, {@link VisitService#logInteraction} uses {@code notes} and {@code durationHours} as well.
 */
public record VisitPlan(Long businessId, LocalDate date, LocalTime time, VisitChannel channel, Long leadStaffId,
                        Set<Long> staffIds, Set<Long> organizationIds, String purpose, Long templateId) {

    public VisitPlan {
        staffIds = staffIds == null ? Set.of() : Set.copyOf(staffIds);
        organizationIds = organizationIds == null ? Set.of() : Set.copyOf(organizationIds);
    }
}
