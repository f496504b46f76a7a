package org.groundwork.report;

import java.time.LocalDate;

/** One flag open at the end of the period, with the business it warns about and the next thing owed to it. */
public record AtRiskRow(Long businessId, String business, String sector, String owner, String colour,
                        String message, Integer daysOpen, String nextAction, LocalDate nextActionDue) {
}
