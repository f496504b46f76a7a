package org.groundwork.visit.followup.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.groundwork.visit.followup.FollowUpStatus;

/** What a person enters to close a follow-up (the binder reads its properties, so it is a public bean). */
public class FollowUpClosing {

    @NotNull(message = "Choose whether it was done or cancelled.")
    private FollowUpStatus closedAs = FollowUpStatus.DONE;
    @NotBlank(message = "Say what came of it before closing the follow-up.")
    private String outcome = "";

    public FollowUpStatus getClosedAs() {
        return closedAs;
    }

    public void setClosedAs(FollowUpStatus closedAs) {
        this.closedAs = closedAs;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
