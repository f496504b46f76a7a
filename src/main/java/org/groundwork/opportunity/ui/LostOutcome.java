package org.groundwork.opportunity.ui;

import jakarta.validation.constraints.NotBlank;
import org.groundwork.opportunity.Outcome;

/** A lost opportunity: why it was lost, and when. */
public class LostOutcome extends ClosingOutcome {

    @Override
    @NotBlank(message = "Say briefly why it was lost.")
    public String getReason() {
        return super.getReason();
    }

    @Override
    Outcome toOutcome() {
        return new Outcome(getReason(), null, null, getActualDate());
    }
}
