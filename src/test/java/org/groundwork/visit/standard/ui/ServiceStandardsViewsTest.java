package org.groundwork.visit.standard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.standard.DayKind;
import org.groundwork.visit.standard.Measure;
import org.groundwork.visit.standard.StandardResult;
import org.junit.jupiter.api.Test;

class ServiceStandardsViewsTest extends ViewTestBase {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdminAddsAStandardAndAHoliday() {
        signIn("standards-admin-" + suffix, Role.ADMIN);
        ServiceStandardsAdminView view = navigate(ServiceStandardsAdminView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);

        test(view.newStandard).click();
        StandardEditor editor = (StandardEditor) $(Dialog.class).single();
        test(editor.name).setValue("Call back within a day " + suffix);
        test(editor.measure).selectItem(Measure.FOLLOW_UP_ACKNOWLEDGED.label());
        test(editor.days).setValue(1);
        test(editor.dayKind).selectItem(DayKind.BUSINESS.label());
        test(editor.save).click();
        assertThat(notifications()).contains("Saved \"Call back within a day " + suffix + "\".");

        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(Math.abs(suffix.hashCode() % 3000));
        test(view.holidayDate).setValue(day);
        test(view.holidayName).setValue("New Year " + suffix);
        test(view.addHoliday).click();
        assertThat(view.holidays.getListDataView().getItems().anyMatch(h -> h.getDate().equals(day))).isTrue();
        test(view.holidayDate).setValue(day);
        test(view.holidayName).setValue("Again");
        test(view.addHoliday).click();
        assertThat(view.holidayDate.isInvalid()).isTrue();
        assertThat(view.holidayDate.getErrorMessage()).contains("already");
    }

    @Test
    void staffSeeTheSummaryAndABackwardsPeriodIsExplained() {
        signIn("standards-staff-" + suffix, Role.STAFF);
        ServiceStandardsView view = navigate(ServiceStandardsView.class);
        assertThat(view.grid.getListDataView().getItems()
                .filter(r -> StandardResult.EVERYONE.equals(r.who())).count()).isGreaterThanOrEqualTo(3);
        test(view.to).setValue(view.from.getValue().minusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).contains("end is not before its start");
        assertThat(ServiceStandardsView.share(0.666)).isEqualTo("67%");
        assertThat(ServiceStandardsView.share(null)).isEqualTo("—");
    }
}
