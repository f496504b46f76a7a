package org.groundwork.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
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
}
