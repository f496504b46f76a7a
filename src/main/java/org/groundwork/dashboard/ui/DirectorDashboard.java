package org.groundwork.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groundwork.base.ui.chart.ChartOption;
import org.groundwork.base.ui.chart.EChart;
import org.groundwork.dashboard.DirectorFigures;
import org.groundwork.issue.IssueHeat;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.StageTotals;
import org.groundwork.plan.Kpi;
import org.groundwork.report.Period;
import org.groundwork.report.ProgramMeasure;
import org.groundwork.report.ui.ReportRoutes;

/**
 * The director's and admin's home: the year to date against the plan's targets, the drift index, pipeline totals
 * by stage, the hottest issues and visits per quarter. Every figure links to the records or report behind it.
 * All of it comes from one {@link org.groundwork.dashboard.DashboardService#director()} call.
 */
class DirectorDashboard extends VerticalLayout {

    private static final Map<ProgramMeasure, Kpi> TARGETS = Map.of(ProgramMeasure.VISITS, Kpi.VISITS,
            ProgramMeasure.BUSINESSES_REACHED, Kpi.BUSINESSES_REACHED, ProgramMeasure.KEY_COMPANIES_VISITED,
            Kpi.KEY_COMPANIES_VISITED, ProgramMeasure.JOBS_RETAINED, Kpi.JOBS_RETAINED, ProgramMeasure.JOBS_CREATED,
            Kpi.JOBS_CREATED, ProgramMeasure.INVESTMENT, Kpi.CAPITAL_INVESTMENT,
            ProgramMeasure.FLAGS_RESOLVED_IN_STANDARD, Kpi.FLAGS_RESOLVED_ON_TIME);

    final FlexLayout yearToDate = new FlexLayout();
    final EChart trend;
    final Select<ProgramMeasure> trendOf = new Select<>();
    private final Map<String, Map<ProgramMeasure, BigDecimal>> quarters;

    DirectorDashboard(DirectorFigures figures) {
        setPadding(false);
        Period ytd = figures.yearToDate();
        Map<ProgramMeasure, BigDecimal> actual = figures.yearToDateFigures();
        yearToDate.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        yearToDate.getStyle().set("gap", "var(--lumo-space-m)");
        for (ProgramMeasure measure : ProgramMeasure.onDashboard()) {
            Kpi kpi = TARGETS.get(measure);
            BigDecimal target = kpi == null ? null : figures.targets().get(kpi);
            yearToDate.add(new Tile(measure.label() + (target == null ? "" : " (target " + amount(target, measure, 0)
                    + ")"), amount(actual.get(measure), measure, 1), ReportRoutes.records(measure, ytd)));
        }
        if (figures.driftIndex() != null) {
            yearToDate.add(new Tile("Drift index (0 = on plan)", String.format(Locale.US, "%.2f",
                    figures.driftIndex()), "drift"));
        }
        add(new H3("Year to date"), yearToDate, new H3("Pipeline"), pipeline(figures.pipeline()),
                new H3("Hottest issues"));
        List<IssueHeat> hottest = figures.hottest();
        hottest.forEach(issue -> add(new Anchor("issues/" + issue.id(), issue.title() + " (heat " + issue.score()
                + ")")));
        if (hottest.isEmpty()) {
            add(new Paragraph("No open issues."));
        }
        quarters = new LinkedHashMap<>();
        figures.quarters().forEach((quarter, values) ->
                quarters.put(quarter.label().substring(0, quarter.label().indexOf(" (")), values));
        trend = new EChart();
        trend.setWidthFull();
        trend.setHeight("18rem");
        trendOf.setItems(ProgramMeasure.onDashboard());
        trendOf.setItemLabelGenerator(ProgramMeasure::label);
        trendOf.addValueChangeListener(event -> trend.setOption(trend(event.getValue())));
        trendOf.setValue(ProgramMeasure.VISITS);
        add(new H3("Per quarter"), trendOf, trend);
    }

    private static FlexLayout pipeline(Map<OpportunityStage, StageTotals> totals) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        totals.forEach((stage, total) -> row.add(new Tile(stage.label() + " (" + total.projectedJobs()
                + " jobs projected)", Long.toString(total.count()), "opportunities")));
        return row;
    }

    private ChartOption trend(ProgramMeasure measure) {
        List<BigDecimal> values = new ArrayList<>();
        quarters.values().forEach(figures -> values.add(figures.get(measure)));
        return ChartOption.lines(measure.label() + " per quarter", List.copyOf(quarters.keySet()),
                List.of(new ChartOption.Series(measure.unit(), values)));
    }

    /** Prorated targets are fractional; a board reads whole visits and jobs, and shares with their % sign. */
    private static String amount(BigDecimal value, ProgramMeasure measure, int decimals) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(decimals);
        return format.format(value) + (measure.unit().startsWith("%") ? "%" : "");
    }
}
