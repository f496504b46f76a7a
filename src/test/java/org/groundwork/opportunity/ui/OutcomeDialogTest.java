package org.groundwork.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.base.RuleViolationException;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.Outcome;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Won and lost ask for different things; bad input is shown on the field and the move is not made. */
class OutcomeDialogTest extends ViewTestBase {

    private final List<Outcome> confirmed = new ArrayList<>();

    @BeforeEach
    void signInAsStaff() {
        signIn("outcome-staff", Role.STAFF);
    }

    @Test
    void aLossNeedsOnlyItsReason() {
        OutcomeDialog dialog = open(OpportunityStage.LOST);
        assertThat(dialog.form.realizedJobs.getParent()).isEmpty();
        test(dialog.confirm).click();
        assertThat(dialog.form.reason.getErrorMessage()).isEqualTo("Say briefly why it was lost.");
        assertThat(confirmed).isEmpty();

        test(dialog.form.reason).setValue("Moved to another county");
        test(dialog.confirm).click();
        assertThat(confirmed).singleElement().satisfies(o -> {
            assertThat(o.reason()).isEqualTo("Moved to another county");
            assertThat(o.realizedJobs()).isNull();
        });
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aWinNeedsItsReasonAndWhatItBroughtNotNegative() {
        OutcomeDialog dialog = open(OpportunityStage.WON);
        test(dialog.form.realizedJobs).setValue(-1);
        test(dialog.confirm).click();

        assertThat(dialog.form.reason.getErrorMessage()).isEqualTo("Say briefly what made it a win.");
        assertThat(dialog.form.realizedJobs.getErrorMessage()).isEqualTo("Realized jobs can't be negative.");
        assertThat(dialog.form.realizedInvestment.getErrorMessage())
                .isEqualTo("Enter the investment actually made (0 if none) to mark it won.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(confirmed).isEmpty();
    }

    @Test
    void aRefusalFromTheMoveIsShownOnItsFieldAndTheDialogStaysOpen() {
        OutcomeDialog dialog = new OutcomeDialog("Mezzanine", OpportunityStage.WON, outcome -> {
            throw new RuleViolationException("realizedInvestment", "Too much for one mezzanine.");
        });
        dialog.open();
        roundTrip();
        test(dialog.form.reason).setValue("Financing closed");
        test(dialog.form.realizedJobs).setValue(4);
        test(dialog.form.realizedInvestment).setValue(new BigDecimal("1000"));
        test(dialog.confirm).click();

        assertThat(dialog.form.realizedInvestment.getErrorMessage()).isEqualTo("Too much for one mezzanine.");
        assertThat(dialog.isOpened()).isTrue();
    }

    private OutcomeDialog open(OpportunityStage to) {
        OutcomeDialog dialog = new OutcomeDialog("Mezzanine", to, confirmed::add);
        dialog.open();
        roundTrip();
        return dialog;
    }
}
