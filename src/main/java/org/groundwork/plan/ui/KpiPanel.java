package org.groundwork.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.groundwork.base.ui.chart.ChartOption;
import org.groundwork.base.ui.chart.EChart;
import org.groundwork.plan.DatePeriod;
import org.groundwork.plan.DriftService;
import org.groundwork.plan.Kpi;
import org.groundwork.plan.KpiAttainment;
import org.groundwork.plan.KpiFormat;

/** Each KPI's actual against its target for the period, as bars of attainment and a table with the records. */
class KpiPanel extends Div {

    KpiPanel(List<KpiAttainment> kpis, DatePeriod period, DriftService drift) {
        add(new H3("KPI attainment"));
        List<KpiAttainment> measured = kpis.stream().filter(k -> k.attainment() != null).toList();
        if (!measured.isEmpty()) {
            EChart chart = new EChart(ChartOption.horizontalBars(null, measured.stream().map(k -> k.kpi().label())
                    .toList(), List.of(new ChartOption.Series("Attained % of target", measured.stream()
                    .map(k -> DistributionPanel.percent(k.attainment())).toList()))));
            chart.setHeight(Math.max(160, 32 * measured.size() + 60) + "px");
            add(chart);
        }
        Element table = Tables.table("gw-figures");
        table.appendChild(Tables.row("th", "", "Actual", "Target for the period", "Attained"));
        for (KpiAttainment kpi : kpis) {
            Element row = Tables.row("td", kpi.kpi().label(), KpiFormat.amount(kpi.actual(), kpi.kpi()),
                    KpiFormat.target(kpi), kpi.attainment() == null ? "—" : KpiFormat.percent(kpi.attainment()));
            Element action = new Element("td");
            records(kpi.kpi(), period, drift, action);
            row.appendChild(action);
            table.appendChild(row);
        }
        add(Tables.scrolling(table));
    }

    private static void records(Kpi kpi, DatePeriod period, DriftService drift, Element cell) {
        cell.appendChild(switch (kpi) {
            case VISITS, BUSINESSES_REACHED, MEDIAN_SATISFACTION -> RecordsDialog.opener("Show visits",
                    () -> RecordsDialog.visits(drift, period, null, null, "Visits, " + period.label()));
            case JOBS_RETAINED, JOBS_CREATED, CAPITAL_INVESTMENT -> RecordsDialog.opener("Show opportunities",
                    () -> RecordsDialog.opportunities(drift, period));
            case KEY_COMPANIES_VISITED -> RecordsDialog.opener("Show key companies",
                    () -> RecordsDialog.figures(drift, period, kpi, "Visited"));
            case FLAGS_RESOLVED_ON_TIME -> RecordsDialog.opener("Show flags resolved",
                    () -> RecordsDialog.figures(drift, period, kpi, "Within standard"));
            case FOLLOW_UPS_ON_TIME -> RecordsDialog.opener("Show follow-ups done",
                    () -> RecordsDialog.figures(drift, period, kpi, "On time"));
        });
    }
}
