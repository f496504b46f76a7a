package org.groundwork.visit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A phone call, email or event, logged after the fact: completed at once, with no interview. */
public record InteractionLog(Long businessId, LocalDate date, VisitChannel channel, Long staffId, String notes,
                             BigDecimal durationHours) {
}
