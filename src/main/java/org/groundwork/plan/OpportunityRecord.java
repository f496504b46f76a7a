package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One opportunity won in a period: the records behind the jobs and investment KPIs. */
public record OpportunityRecord(Long opportunityId, LocalDate wonOn, String title, String businessName,
                                Integer retainedJobs, Integer createdJobs, BigDecimal investment) {
}
