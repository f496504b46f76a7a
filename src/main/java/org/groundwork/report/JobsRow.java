package org.groundwork.report;

import java.math.BigDecimal;

/** Opportunities of one kind closed in the period: won and lost, and for the won ones projected against realized. */
public record JobsRow(String kind, Long won, Long lost, Long projectedJobs, Long realizedJobs, Long retainedJobs,
                      BigDecimal projectedInvestment, BigDecimal realizedInvestment) {
}
