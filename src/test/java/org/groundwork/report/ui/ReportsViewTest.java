package org.groundwork.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.groundwork.report.Comparison;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;

class ReportsViewTest extends ViewTestBase {

    @Test
    void anAdminSeesTheProgramReportsAndTheUsersAndAccessReport() {
        signIn("catalog-admin", Role.ADMIN);
        navigate(ReportsView.class);
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Users and access",
                "Retention and expansion summary", "Businesses at risk", "Visit activity", "Jobs and investment",
                "Service standards", "Macro-issues");
    }

    @Test
    void staffSeeProgramReportsButNotAdminReports() {
        signIn("catalog-staff", Role.STAFF);
        navigate(ReportsView.class);
        assertThat($(H3.class).all()).extracting(H3::getText).doesNotContain("Users and access")
                .contains("Retention and expansion summary");
    }

    @Test
    void aDirectorShowsTheRetentionSummaryOnScreenWithItsHeader() {
        ReportsView view = directorWithCustomPeriod(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30));
        view.parameters.comparison.setValue(Comparison.SAME_PERIOD_LAST_YEAR);
        ReportCard summary = view.cards.stream()
                .filter(card -> card.report.title().equals("Retention and expansion summary")).findFirst().orElseThrow();
        test(summary.show).click();

        assertThat($(Paragraph.class, view.screen).first().getText()).contains("Q2 2019",
                "Same period last year: Q2 2018", "All businesses", "Data as of");
        Grid<?> table = $(Grid.class, view.screen).first();
        assertThat(table.getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .contains("Measure", "Current", "Comparison", "Change");
        assertThat(test(table).size()).isEqualTo(17);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        ReportsView view = directorWithCustomPeriod(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 4, 1));
        test(view.cards.getFirst().show).click();
        assertThat(view.parameters.from.isInvalid()).isTrue();
        assertThat(view.parameters.from.getErrorMessage()).contains("end is not before its start");
    }

    /** The reports page as a director sees it, with a custom period from one day to another. */
    private ReportsView directorWithCustomPeriod(LocalDate from, LocalDate to) {
        signIn("catalog-director", Role.DIRECTOR);
        ReportsView view = navigate(ReportsView.class);
        view.parameters.preset.setValue(Presets.CUSTOM);
        view.parameters.from.setValue(from);
        view.parameters.to.setValue(to);
        return view;
    }
}
