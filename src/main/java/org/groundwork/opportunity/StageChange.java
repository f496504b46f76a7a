package org.groundwork.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.groundwork.base.AbstractEntity;

/** One move of an opportunity through the pipeline; who and when come from the audited base. */
@Entity
@Table(name = "opportunity_stage_change")
public class StageChange extends AbstractEntity {

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    private Long opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20, updatable = false)
    private OpportunityStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20, updatable = false)
    private OpportunityStage to;

    @Column(length = 1000, updatable = false)
    private String reason;

    protected StageChange() {
    }

    StageChange(Long opportunityId, OpportunityStage from, OpportunityStage to, String reason) {
        this.opportunityId = opportunityId;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public OpportunityStage getFrom() {
        return from;
    }

    public OpportunityStage getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
