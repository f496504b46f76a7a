package org.groundwork.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.groundwork.plan.Activity;
import org.groundwork.plan.TimeEntryService;
import org.groundwork.security.Role;
import org.groundwork.security.StaffMember;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimesheetViewTest extends ViewTestBase {

    @Autowired
    TimeEntryService time;
    @Autowired
    MutableClock clock;

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
        ComboBox<StaffMember> whose = $(ComboBox.class).single();
        whose.setValue(new StaffMember(worker.getId(), worker.getUsername(), worker.getFullName()));
        assertThat(directors.save.isVisible()).isFalse();
        assertThat(directors.cells).isEmpty();
        assertThat(time.week(worker.getId(), monday).activityTotal(Activity.FOLLOW_UP)).isEqualByComparingTo("1");
    }
}
