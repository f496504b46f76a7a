package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One completed visit behind a drift figure. */
public record VisitRecord(Long visitId, LocalDate date, String businessName, String sector, String tier,
                          BigDecimal hours) {
}
