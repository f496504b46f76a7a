package org.groundwork.visit.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestFollowUps;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import org.groundwork.visit.followup.FollowUpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyFollowUpsViewTest extends ViewTestBase {

    @Autowired
    TestBusinesses businesses;
    @Autowired
    TestFollowUps testFollowUps;
    @Autowired
    FollowUpService followUps;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private UserAccount me;
    private Business business;

    @BeforeEach
    void signInWithFollowUps() {
        me = signIn("my-follow-ups-" + suffix, Role.STAFF);
        business = businesses.named("Harbor Tool " + suffix);
        create("Send the grant form", LocalDate.now().plusDays(7));
        create("Call about the lease", LocalDate.now().minusDays(2));
    }

    @Test
    void myOpenFollowUpsAreListedSoonestFirstWithOverdueOnesMarked() {
        MyFollowUpsView view = navigate(MyFollowUpsView.class);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getRow(0).followUp().getDescription()).isEqualTo("Call about the lease");
        assertThat(((Span) test(view.grid).getCellComponent(0, "due")).getText()).endsWith("· overdue");
        assertThat(((Span) test(view.grid).getCellComponent(1, "due")).getText()).doesNotContain("overdue");
        assertThat(view.grid.getPartNameGenerator().apply(test(view.grid).getRow(0))).isEqualTo("gw-overdue");
        assertThat(test(view.grid).getRow(0).followUp().getBusiness().getDisplayName()).isEqualTo(
                "Harbor Tool " + suffix);
    }

    @Test
    void closingNeedsAnOutcomeAndThenLeavesTheList() {
        MyFollowUpsView view = navigate(MyFollowUpsView.class);
        click(view, 0, "Close…");
        CloseFollowUpDialog dialog = (CloseFollowUpDialog) $(Dialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.form.outcome.isInvalid()).isTrue();
        assertThat(dialog.form.outcome.getErrorMessage()).contains("what came of it");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.form.outcome).setValue("Landlord extended the lease by three years.");
        test(dialog.confirm).click();
        assertThat(notifications()).contains("Follow-up closed.");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.showClosed).click();
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    void acknowledgingMarksItAcknowledged() {
        MyFollowUpsView view = navigate(MyFollowUpsView.class);
        click(view, 1, "Acknowledge");
        assertThat(test(view.grid).getRow(1).followUp().getStatus()).isEqualTo(FollowUpStatus.ACKNOWLEDGED);
    }

    @Test
    void aFollowUpWithNoOwnerIsRefusedOnTheOwnerField() {
        MyFollowUpsView view = navigate(MyFollowUpsView.class);
        click(view, 0, "Edit");
        FollowUpDialog dialog = (FollowUpDialog) $(Dialog.class).single();
        assertThat(dialog.form.staffOwner.getValue().id()).isEqualTo(me.getId());
        dialog.form.staffOwner.clear();
        test(dialog.save).click();
        assertThat(dialog.form.staffOwner.isInvalid()).isTrue();
        assertThat(dialog.form.staffOwner.getErrorMessage()).isEqualTo(
                "Choose who owns this follow-up: a staff member or a partner organization.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void anEditMadeOverSomeoneElsesChangeIsRefused() {
        MyFollowUpsView view = navigate(MyFollowUpsView.class);
        click(view, 0, "Edit");
        FollowUpDialog dialog = (FollowUpDialog) $(Dialog.class).single();
        FollowUp theirs = followUps.get(test(view.grid).getRow(0).followUp().getId());
        followUps.acknowledge(theirs.getId(), theirs.getVersion());
        test(dialog.form.description).setValue("My edit");
        test(dialog.save).click();
        assertThat(notifications()).anyMatch(n -> n.startsWith("Someone else changed this record"));
        assertThat(dialog.isOpened()).isTrue();
    }

    private void click(MyFollowUpsView view, int row, String label) {
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(row, "actions");
        Button button = actions.getChildren().filter(c -> c instanceof Button b && label.equals(b.getText()))
                .map(Button.class::cast).findFirst().orElseThrow();
        test(button).click();
    }

    private void create(String what, LocalDate due) {
        testFollowUps.forStaff(business, what, due, me.getId());
    }
}
