package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One time entry behind a drift figure, for directors and admins. */
public record TimeRecord(Long entryId, LocalDate date, String staffName, BigDecimal hours, String note) {
}
