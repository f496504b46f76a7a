package org.groundwork.opportunity.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.groundwork.opportunity.Outcome;

/** A won opportunity: why, when, and the jobs and investment it actually brought (0 if none). */
public class WonOutcome extends ClosingOutcome {

    @NotNull(message = "Enter the new jobs it actually created (0 if none) to mark it won.")
    @PositiveOrZero(message = "Realized jobs can't be negative.")
    private Integer realizedJobs;
    @NotNull(message = "Enter the investment actually made (0 if none) to mark it won.")
    @PositiveOrZero(message = "Realized investment can't be negative.")
    private BigDecimal realizedInvestment;

    @Override
    @NotBlank(message = "Say briefly what made it a win.")
    public String getReason() {
        return super.getReason();
    }

    @Override
    Outcome toOutcome() {
        return new Outcome(getReason(), realizedJobs, realizedInvestment, getActualDate());
    }

    public Integer getRealizedJobs() {
        return realizedJobs;
    }

    public void setRealizedJobs(Integer realizedJobs) {
        this.realizedJobs = realizedJobs;
    }

    public BigDecimal getRealizedInvestment() {
        return realizedInvestment;
    }

    public void setRealizedInvestment(BigDecimal realizedInvestment) {
        this.realizedInvestment = realizedInvestment;
    }
}
