package org.groundwork.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.groundwork.business.Business;
import org.groundwork.plan.Activity;
import org.groundwork.plan.TimeEntryService;
import org.groundwork.security.Role;
import org.groundwork.security.StaffMember;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimesheetViewTest extends ViewTestBase {

    @Autowired
    TimeEntryService time;
    @Autowired
    MutableClock clock;
    @Autowired
    TestBusinesses businesses;

    @Test
    void staffFillInTheirWeekAndDirectorsReadItWithoutEditing() {
        UserAccount worker = signIn("timesheet-staff", Role.STAFF);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        TimesheetView view = navigate(TimesheetView.class);
        assertThat(view.cells).doesNotContainKey(Activity.VISITS + "@" + monday);
        test(view.cells.get(Activity.ADMIN + "@" + monday)).setValue(2.5);
        test(view.cells.get(Activity.FOLLOW_UP + "@" + monday.plusDays(1))).setValue(1.0);
        test(view.save).click();

        assertThat(notifications()).contains("Your week is saved.");
        assertThat(time.week(worker.getId(), monday).hours(Activity.ADMIN, monday)).isEqualByComparingTo("2.5");

        test(view.cells.get(Activity.ADMIN + "@" + monday)).setValue(20.0);
        test(view.cells.get(Activity.EVENTS + "@" + monday)).setValue(10.0);
        test(view.save).click();
        assertThat(notifications()).anyMatch(n -> n.contains("more than a day has"));
        assertThat(time.week(worker.getId(), monday).hours(Activity.ADMIN, monday)).isEqualByComparingTo("2.5");

        signIn("timesheet-director", Role.DIRECTOR);
        TimesheetView directors = navigate(TimesheetView.class);
        assertThat(directors.save.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> whose = $(ComboBox.class).first();
        whose.setValue(new StaffMember(worker.getId(), worker.getUsername(), worker.getFullName()));
        assertThat(directors.save.isVisible()).isFalse();
        assertThat(directors.cells).isEmpty();
        assertThat(time.week(worker.getId(), monday).activityTotal(Activity.FOLLOW_UP)).isEqualByComparingTo("1");
    }

    @Test
    void hoursTypedButNotSavedAreNotLostWithoutAWordWhenGoingToAnotherWeek() {
        UserAccount worker = signIn("timesheet-unsaved", Role.STAFF);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        TimesheetView view = navigate(TimesheetView.class);
        test(view.cells.get(Activity.EVENTS + "@" + monday)).setValue(3.0);

        test(view.next).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(time.week(worker.getId(), monday).hours(Activity.EVENTS, monday)).isEqualByComparingTo("3");
        assertThat(view.cells).containsKey(Activity.EVENTS + "@" + monday.plusWeeks(1));

        test(view.cells.get(Activity.EVENTS + "@" + monday.plusWeeks(1))).setValue(5.0);
        test(view.previous).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(view.cells.get(Activity.EVENTS + "@" + monday.plusWeeks(1)).getValue()).isEqualTo(5.0);

        test(view.previous).click();
        test($(ConfirmDialog.class).single()).reject();
        assertThat(view.cells).containsKey(Activity.EVENTS + "@" + monday);
        assertThat(time.week(worker.getId(), monday.plusWeeks(1)).total()).isZero();
        assertThat(view.unsaved()).isFalse();
        test(view.next).click();
        assertThat($(ConfirmDialog.class).all()).isEmpty();
    }

    @Test
    void timeOnABusinessIsAddedFromTheFormListedAndCountedInTheTotals() {
        UserAccount worker = signIn("timesheet-linker", Role.STAFF);
        Business business = businesses.create("Sheet Cannery", "311421", null, 0);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        TimesheetView view = navigate(TimesheetView.class);
        LinkedTimePanel panel = view.linked;
        assertThat(panel.day.getMin()).isEqualTo(monday);
        assertThat(panel.day.getMax()).isEqualTo(monday.plusDays(6));

        panel.day.setValue(monday);
        panel.activity.setValue(Activity.FOLLOW_UP);
        panel.hours.setValue(new BigDecimal("1.5"));
        test(panel.add).click();
        assertThat(panel.business.isInvalid()).isTrue();
        assertThat(panel.business.getErrorMessage()).contains("Name the business or the issue");

        panel.business.setValue(business);
        panel.hours.setValue(new BigDecimal("30"));
        test(panel.add).click();
        assertThat(panel.hours.isInvalid()).isTrue();
        assertThat(time.week(worker.getId(), monday).linked()).isEmpty();

        panel.hours.setValue(new BigDecimal("1.5"));
        panel.note.setValue("Lease questions");
        test(panel.add).click();

        assertThat(notifications()).anyMatch(n -> n.contains("Recorded 1.5 h on " + business.getDisplayName()));
        assertThat(panel.entries.getElement().getTextRecursively()).contains(business.getDisplayName(),
                "Follow-up", "1.5 h", "Lease questions");
        assertThat(time.week(worker.getId(), monday).hours(Activity.FOLLOW_UP, monday)).isEqualByComparingTo("1.5");

        signIn("timesheet-director-2", Role.DIRECTOR);
        TimesheetView directors = navigate(TimesheetView.class);
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> whose = $(ComboBox.class).first();
        whose.setValue(new StaffMember(worker.getId(), worker.getUsername(), worker.getFullName()));
        assertThat(directors.linked.entries.getElement().getTextRecursively()).contains(business.getDisplayName());
        assertThat($(Button.class, directors.linked.entries).all()).isEmpty();
        assertThat(directors.linked.add.getParent().orElseThrow().isVisible()).isFalse();
    }
}
