package org.groundwork.opportunity;

import java.math.BigDecimal;

/** Totals of one pipeline stage, summed in the database. */
public record StageTotals(OpportunityStage stage, long count, long projectedJobs, long realizedJobs,
                          long retainedJobs, BigDecimal investment) {

    public static StageTotals empty(OpportunityStage stage) {
        return new StageTotals(stage, 0, 0, 0, 0, BigDecimal.ZERO);
    }
}
