package org.groundwork.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.groundwork.base.ui.chart.ChartOption;
import org.groundwork.base.ui.chart.EChart;
import org.groundwork.plan.Activity;
import org.groundwork.plan.DatePeriod;
import org.groundwork.plan.Dimension;
import org.groundwork.plan.DistributionDrift;
import org.groundwork.plan.DriftService;
import org.groundwork.plan.ShareComparison;

/**
 * One planned distribution against the actual: bars, a table of planned, actual and difference, and a link from
 * each category (bar or row) to its records.
 */
class DistributionPanel extends Div {

    private final DatePeriod period;
    private final DriftService drift;
    private final boolean seesTime;
    private final Dimension dimension;

    DistributionPanel(DistributionDrift distribution, DatePeriod period, DriftService drift, boolean seesTime) {
        this.period = period;
        this.drift = drift;
        this.seesTime = seesTime;
        this.dimension = distribution.dimension();
        add(new H3(dimension.label() + (distribution.distance() == null ? ""
                : String.format(": drift %.2f", distribution.distance()))));
        List<ShareComparison> shares = distribution.shares();
        if (distribution.distance() == null) {
            add(new Paragraph(shares.stream().anyMatch(s -> s.amount() > 0) ? "The plan sets no shares here."
                    : "Nothing was recorded in this period."));
        }
        if (shares.isEmpty()) {
            return;
        }
        EChart chart = new EChart(ChartOption.horizontalBars(null, shares.stream().map(ShareComparison::label)
                .toList(), List.of(new ChartOption.Series("Planned %", shares.stream().map(s -> percent(s.planned()))
                        .toList()), new ChartOption.Series("Actual %", shares.stream().map(s -> percent(s.actual()))
                        .toList()))));
        chart.setHeight(Math.max(160, 36 * shares.size() + 60) + "px");
        chart.addClickListener(e -> openRecords(shares.get(e.getDataIndex())));
        add(chart, table(shares));
    }

    private Div table(List<ShareComparison> shares) {
        Element table = Tables.table("gw-figures");
        table.appendChild(Tables.row("th", "", "Planned", "Actual", "Difference",
                dimension == Dimension.TIME ? "Hours" : "Visits", ""));
        for (ShareComparison share : shares) {
            Element row = Tables.row("td", share.label(), percent(share.planned()) + "%",
                    percent(share.actual()) + "%", signed(share.gap()), String.format("%,.0f", share.amount()));
            Element action = new Element("td");
            if (share.amount() > 0 && canOpen(share)) {
                action.appendChild(RecordsDialog.opener("Show records", () -> openRecords(share)));
            }
            row.appendChild(action);
            table.appendChild(row);
        }
        return Tables.scrolling(table);
    }

    private boolean canOpen(ShareComparison share) {
        return dimension != Dimension.TIME || Activity.VISITS.name().equals(share.category()) || seesTime;
    }

    private void openRecords(ShareComparison share) {
        if (!canOpen(share)) {
            return;
        }
        if (dimension == Dimension.TIME && !Activity.VISITS.name().equals(share.category())) {
            RecordsDialog.time(drift, period, Activity.valueOf(share.category()));
        } else {
            RecordsDialog.visits(drift, period, dimension, share.category(), share.label() + ", " + period.label());
        }
    }

    static Double percent(double fraction) {
        return Math.round(fraction * 1000) / 10d;
    }

    private static String signed(double gap) {
        double points = percent(gap);
        return (points > 0 ? "+" : "") + points + " points";
    }
}
