package org.groundwork.opportunity.ui;

import java.time.LocalDate;
import org.groundwork.opportunity.Outcome;

/**
 * What a person enters when an opportunity is won or lost (the binder reads its properties, so it is a public
 * bean). Each outcome is its own subclass carrying its own constraints: a win requires what it brought, a loss
 * doesn't ask for it, and each asks for the reason in its own words.
 */
public abstract class ClosingOutcome {

    private String reason = "";
    private LocalDate actualDate;

    abstract Outcome toOutcome();

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getActualDate() {
        return actualDate;
    }

    public void setActualDate(LocalDate actualDate) {
        this.actualDate = actualDate;
    }
}
