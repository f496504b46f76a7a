package org.groundwork.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Map;
import org.groundwork.base.ui.chart.EChart;
import org.groundwork.plan.Kpi;
import org.groundwork.plan.PlanFixtures;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DriftViewTest extends ViewTestBase {

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    MeterRegistry registry;

    @BeforeEach
    void aPlanExists() {
        signIn("driftview-director", Role.DIRECTOR);
        fixtures.ensurePlan();
    }

    @Test
    void theViewShowsTheIndexTheTrendEachDimensionAndTheKpis() {
        navigate(DriftView.class);
        assertThat($(Span.class).all()).anyMatch(s -> s.hasClassName("gw-drift-index"));
        // the trend, three distributions (when anything was recorded) and the KPI attainment
        assertThat($(EChart.class).all()).isNotEmpty().first().extracting(EChart::getOptionJson)
                .asString().contains("\"type\":\"line\"", "Drift index");
        assertThat($(KpiPanel.class).all()).hasSize(1);
        assertThat($(DistributionPanel.class).all()).hasSize(3);
        assertThat($(Button.class).all()).anyMatch(b -> b.getText().contains("Prepare the board report"));
    }

    @Test
    void aFigureOpensTheVisitsBehindIt() {
        navigate(DriftView.class);
        Button visits = $(Button.class).all().stream().filter(b -> "Show visits".equals(b.getText())).findFirst()
                .orElseThrow();
        test(visits).click();
        assertThat($(Grid.class).all()).hasSize(1);
    }

    @Test
    void theJobsFiguresOpenTheOpportunitiesWonInThePeriod() {
        navigate(DriftView.class);
        Button won = $(Button.class).all().stream().filter(b -> "Show opportunities".equals(b.getText()))
                .findFirst().orElseThrow();
        test(won).click();
        assertThat($(Grid.class).all()).hasSize(1);
    }

    @Test
    void theFlagFollowUpAndKeyCompanyFiguresOpenTheirRecordsOfThePeriodNotAFullList() {
        navigate(DriftView.class);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().equals("flags")
                || a.getHref().equals("follow-ups"));
        Map<String, Kpi> figures = Map.of("Show flags resolved", Kpi.FLAGS_RESOLVED_ON_TIME,
                "Show follow-ups done", Kpi.FOLLOW_UPS_ON_TIME, "Show key companies", Kpi.KEY_COMPANIES_VISITED);
        figures.forEach((label, kpi) -> {
            Button records = $(Button.class).all().stream().filter(b -> label.equals(b.getText())).findFirst()
                    .orElseThrow();
            test(records).click();
            assertThat($(Dialog.class).all()).as(label).anyMatch(d -> d.getHeaderTitle().startsWith(kpi.label()
                    + ", ") && !$(Grid.class, d).all().isEmpty());
        });
    }

    @Test
    void theTrendIsComputedOncePerOpeningAndThePeriodOncePerChangeOfPeriod() {
        long periods = computed("period");
        long trends = computed("trend");

        navigate(DriftView.class);
        assertThat(computed("period")).isEqualTo(periods + 1);
        assertThat(computed("trend")).isEqualTo(trends + 1);

        PeriodPicker picker = $(PeriodPicker.class).single();
        LocalDate day = picker.day.getValue();
        test(picker.kind).selectItem("Quarter");
        assertThat(computed("period")).isEqualTo(periods + 2);
        // another day of the same quarter is the same period
        test(picker.day).setValue(day.withDayOfMonth(day.getDayOfMonth() == 1 ? 2 : 1));
        test(picker.day).setValue(day.minusMonths(3));
        assertThat(computed("period")).isEqualTo(periods + 3);
        assertThat(computed("trend")).isEqualTo(trends + 1);
    }

    @Test
    void aCustomRangeEndingBeforeItStartsIsSaidAndNotComputed() {
        navigate(DriftView.class);
        PeriodPicker picker = $(PeriodPicker.class).single();
        test(picker.kind).selectItem("Custom");
        long periods = computed("period");

        test(picker.from).setValue(LocalDate.of(2025, 6, 1));
        test(picker.to).setValue(LocalDate.of(2025, 5, 1));
        assertThat(picker.to.isInvalid()).isTrue();
        assertThat(picker.to.getErrorMessage()).startsWith("The last day is before the first (Jun 1, 2025)");
        assertThat(computed("period")).isEqualTo(periods + 1);
    }

    private long computed(String figures) {
        return registry.get("groundwork.drift").tag("figures", figures).timer().count();
    }
}
