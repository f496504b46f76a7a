package org.groundwork.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.InteractionLog;
import org.groundwork.visit.VisitChannel;
import org.groundwork.visit.VisitFixtures;
import org.groundwork.visit.VisitService;
import org.groundwork.visit.VisitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyVisitsViewTest extends ViewTestBase {

    @Autowired
    VisitFixtures fixtures;
    @Autowired
    VisitService visits;
    @Autowired
    MutableClock clock;
    @Autowired
    VisitUiServices services;

    private UserAccount me;
    private MyVisitsView view;

    @BeforeEach
    void open() {
        me = signIn("myvisits-staff", Role.STAFF);
        view = navigate(MyVisitsView.class);
    }

    @Test
    void planningFromMyVisitsFindsTheBusinessAsYouTypeAndListsTheVisit() {
        Business business = fixtures.business("Picker");
        test(view.plan).click();
        PlanVisitDialog dialog = (PlanVisitDialog) $(Dialog.class).single();
        test(dialog.form.business).setFilter(business.getLegalName());
        test(dialog.form.business).selectItem(business.getDisplayName());
        assertThat(dialog.form.lead.getValue().id()).isEqualTo(me.getId());
        test(dialog.save).click();

        assertThat($(Notification.class).single().getElement().getTextRecursively())
                .startsWith("Visit to " + business.getDisplayName()).endsWith("Open visit");
        test(view.search).setValue(business.getLegalName());
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(business.getDisplayName());
        test(view.status).selectItem(VisitStatus.COMPLETED.label());
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void theDialogWarnsWhoContactedTheBusinessInTheLast90DaysButStillPlans() {
        Business business = fixtures.business("Warned");
        UserAccount colleague = accounts.ensure("myvisits-colleague", Role.STAFF);
        visits.logInteraction(new InteractionLog(business.getId(), LocalDate.now(clock).minusDays(12),
                VisitChannel.PHONE, colleague.getId(), "Called about permits", BigDecimal.ONE));

        PlanVisitDialog dialog = new PlanVisitDialog(services, business, v -> { });
        dialog.open();
        roundTrip();
        assertThat(dialog.recent.isVisible()).isTrue();
        assertThat(dialog.recent.getElement().getTextRecursively()).contains("Test myvisits-colleague met them on",
                "(phone call)");
        test(dialog.save).click();
        assertThat(visits.countForBusiness(business.getId())).isEqualTo(2);
    }

    @Test
    void aCallLoggedFromMyVisitsIsListedAsACompletedContact() {
        Business business = fixtures.business("Logged");
        test(view.logContact).click();
        LogInteractionDialog dialog = (LogInteractionDialog) $(Dialog.class).single();
        dialog.form.business.setValue(business);
        test(dialog.save).click();
        assertThat(dialog.form.notes.isInvalid()).isTrue();
        test(dialog.form.notes).setValue("They asked about the broadband grant.");
        test(dialog.save).click();

        test(view.search).setValue(business.getLegalName());
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Phone call");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Completed");
    }

    @Test
    void anAddressWithTheLastDayBeforeTheFirstSaysSoInsteadOfAnEmptyList() {
        UI.getCurrent().navigate("visits", QueryParameters.fromString("from=2026-12-06&to=2026-11-30"));
        MyVisitsView reversed = $(MyVisitsView.class).single();

        assertThat(reversed.to.isInvalid()).isTrue();
        assertThat(reversed.to.getErrorMessage()).startsWith("The last day is before the first (Dec 6, 2026)");

        test(reversed.to).setValue(LocalDate.of(2026, 12, 12));
        assertThat(reversed.to.isInvalid()).isFalse();
        assertThat(reversed.to.getErrorMessage()).isNullOrEmpty();
    }
}
