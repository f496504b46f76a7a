package org.groundwork.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.VisitFixtures;
import org.groundwork.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input in the plan-a-visit and log-a-contact forms: the message sits on the field and nothing is saved. */
class VisitFormsTest extends ViewTestBase {

    @Autowired
    VisitFixtures fixtures;
    @Autowired
    VisitService visits;
    @Autowired
    VisitUiServices services;

    private Business business;

    @BeforeEach
    void signInAsStaff() {
        signIn("visit-forms-staff", Role.STAFF);
        business = fixtures.business("Forms");
    }

    @Test
    void planningWithoutDateOrLeadIsExplainedOnTheFieldsAndNothingIsPlanned() {
        PlanVisitDialog dialog = new PlanVisitDialog(services, business, v -> { });
        dialog.open();
        roundTrip();
        dialog.form.date.clear();
        dialog.form.lead.clear();
        test(dialog.save).click();

        assertThat(dialog.form.date.isInvalid()).isTrue();
        assertThat(dialog.form.date.getErrorMessage()).isEqualTo("Choose the date of the visit.");
        assertThat(dialog.form.lead.isInvalid()).isTrue();
        assertThat(dialog.form.lead.getErrorMessage()).isEqualTo("Choose who leads the visit.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(visits.countForBusiness(business.getId())).isZero();
    }

    @Test
    void planningWithoutABusinessIsExplainedOnThePicker() {
        PlanVisitDialog dialog = new PlanVisitDialog(services, null, v -> { });
        dialog.open();
        roundTrip();
        test(dialog.save).click();

        assertThat(dialog.form.business.getErrorMessage()).isEqualTo("Choose the business.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aContactWithoutNotesOrWithNegativeHoursIsExplainedOnTheFieldsAndNothingIsLogged() {
        LogInteractionDialog dialog = new LogInteractionDialog(services, business, v -> { });
        dialog.open();
        roundTrip();
        test(dialog.form.durationHours).setValue(new BigDecimal("-1"));
        test(dialog.save).click();

        assertThat(dialog.form.notes.isInvalid()).isTrue();
        assertThat(dialog.form.notes.getErrorMessage()).isEqualTo("Add a short note on what was said.");
        assertThat(dialog.form.durationHours.getErrorMessage()).isEqualTo("The duration can't be negative.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(visits.countForBusiness(business.getId())).isZero();

        test(dialog.form.notes).setValue("Asked about the grant.");
        test(dialog.form.durationHours).setValue(new BigDecimal("0.5"));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(visits.countForBusiness(business.getId())).isEqualTo(1);
    }

    @Test
    void aContactDatedInTheFutureIsExplainedOnTheDateAndNothingIsLogged() {
        LogInteractionDialog dialog = new LogInteractionDialog(services, business, v -> { });
        dialog.open();
        roundTrip();
        test(dialog.form.notes).setValue("Promised to call back.");
        dialog.form.date.setValue(LocalDate.now(services.clock()).plusDays(1)); // typed: the tester refuses it
        test(dialog.save).click();

        assertThat(dialog.form.date.isInvalid()).isTrue();
        assertThat(dialog.form.date.getErrorMessage()).isEqualTo(VisitService.FUTURE_INTERACTION);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(visits.countForBusiness(business.getId())).isZero();
    }
}
