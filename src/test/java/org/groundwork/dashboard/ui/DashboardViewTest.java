package org.groundwork.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.time.Clock;
import com.vaadin.flow.component.html.Paragraph;
import org.groundwork.base.ui.chart.EChart;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends ViewTestBase {

    @Autowired
    Clock clock;

    @Test
    void greetsTheSignedInUserByName() {
        signIn("dash-staff", Role.STAFF);
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.greeting.getText()).isEqualTo("Welcome, Test dash-staff.");
    }

    @Test
    void staffSeeTheirOwnWorkEachFigureLinkingToItsRecords() {
        signIn("dash-staff", Role.STAFF);
        DashboardView view = navigate(DashboardView.class);
        assertThat($(Tile.class, view.myWork).all()).extracting(Anchor::getHref)
                .containsExactly("visits", "follow-ups", "flags", "targets");
        assertThat($(Tile.class, view.myWork).all()).allSatisfy(tile -> assertThat(tile.value.getText())
                .matches("\\d+"));
    }

    @Test
    void directorsSeeTheYearToDateThePipelineAndATrendChart() {
        signIn("dash-director", Role.DIRECTOR);
        navigate(DashboardView.class);
        assertThat($(Tile.class).all()).extracting(tile -> tile.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Visits completed"))
                .anySatisfy(text -> assertThat(text).contains("Identified"));
        assertThat($(EChart.class).first().getOptionJson()).contains("Visits completed per quarter");
    }

    @Test
    void everyDirectorFigureLinksToTheRecordsBehindIt() {
        signIn("dash-director", Role.DIRECTOR);
        DashboardView view = navigate(DashboardView.class);
        int year = java.time.LocalDate.now(clock).getYear();
        assertThat($(Tile.class).all()).extracting(Anchor::getHref)
                .contains("reports/records/visits?from=" + year + "-01-01&to=" + java.time.LocalDate.now(clock),
                        "reports/records/businesses-reached?from=" + year + "-01-01&to="
                                + java.time.LocalDate.now(clock))
                .anySatisfy(href -> assertThat(href).startsWith("reports/records/key-companies-visited?"))
                .anySatisfy(href -> assertThat(href).startsWith("reports/records/jobs-created?"))
                .anySatisfy(href -> assertThat(href).startsWith("reports/records/flags-resolved-in-standard?"))
                .contains("opportunities");
        DirectorDashboard dashboard = $(DirectorDashboard.class, view).single();
        dashboard.trendOf.setValue(org.groundwork.report.ProgramMeasure.JOBS_CREATED);
        assertThat(dashboard.trend.getOptionJson()).contains("Jobs created (won opportunities) per quarter");
    }

    @Test
    void partnersSeeTheirSharedWorkAndScorecards() {
        signIn("dash-partner", Role.STAKEHOLDER);
        navigate(DashboardView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("portal", "portal/follow-ups");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("No scorecards have been shared with your organization yet.");
    }
}
