package org.groundwork.opportunity;

import java.math.BigDecimal;

/** What the pipeline board and the list show of an opportunity, read in one query with its business's name. */
public record OpportunityCard(Long id, long version, String title, OpportunityType type, OpportunityStage stage,
                              Long businessId, String businessName, Integer projectedJobs, Integer realizedJobs,
                              BigDecimal capitalInvestment) {
}
