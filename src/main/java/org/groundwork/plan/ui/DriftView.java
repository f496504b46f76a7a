package org.groundwork.plan.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.chart.ChartOption;
import org.groundwork.base.ui.chart.EChart;
import org.groundwork.plan.DatePeriod;
import org.groundwork.plan.DriftReport;
import org.groundwork.plan.DriftService;
import org.groundwork.plan.QuarterDrift;
import org.groundwork.plan.GoalDriftReport;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;

/**
 * Goal drift for a chosen period: the index and its quarterly trend, each dimension planned against actual, KPI
 * attainment, the largest gaps in words, and from each figure the records behind it. Staff see program totals;
 * only directors and admins open the time entries behind the hours.
 */
@Route("drift")
@PageTitle("Goal drift")
@Menu(title = "Goal drift", order = 420, icon = "vaadin:chart-line")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
@CssImport("./styles/plan.css")
class DriftView extends VerticalLayout {

    private final DriftService drift;
    private final GoalDriftReport pdf;
    private final boolean seesTime;
    private final PeriodPicker picker;
    private final Div content = new Div();
    private final Div download = new Div();
    /** Since the program began to this quarter, whatever the period: computed once per opening of the view. */
    private List<QuarterDrift> trend;

    DriftView(DriftService drift, GoalDriftReport pdf, CurrentUser currentUser, Clock clock) {
        this.drift = drift;
        this.pdf = pdf;
        this.seesTime = currentUser.hasRole(Role.DIRECTOR) || currentUser.hasRole(Role.ADMIN);
        content.setWidthFull();
        picker = new PeriodPicker(LocalDate.now(clock), this::show);
        add(picker, download, content);
        show(picker.period());
    }

    private void show(DatePeriod period) {
        content.removeAll();
        download.removeAll();
        DriftReport report = drift.drift(period);
        if (!report.hasPlan()) {
            content.add(new Paragraph("There was no program plan in force in " + period.label() + ", so there is "
                    + "nothing to compare with. A director writes the plan under Program plan."));
            return;
        }
        download.add(new ReportDownload(pdf, period));
        if (trend == null) {
            trend = drift.trend();
        }
        content.add(new H2("Goal drift, " + period.label()), index(report), trend(trend), sentences(report));
        report.distributions().values().forEach(d -> content.add(new DistributionPanel(d, period, drift, seesTime)));
        content.add(new KpiPanel(report.kpis(), period, drift));
    }

    private static Div index(DriftReport report) {
        Span figure = new Span(report.index() == null ? "—" : String.format("%.2f", report.index()));
        figure.addClassName("gw-drift-index");
        Div box = new Div(figure, new Paragraph("Drift index: 0 means exactly on plan, 1 nothing like it. "
                + "It is the weighted mean of the four parts below."));
        box.addClassName("gw-drift-summary");
        return box;
    }

    private static VerticalLayout trend(List<QuarterDrift> trend) {
        List<String> quarters = trend.stream().map(q -> q.quarter().label()).toList();
        List<Double> values = trend.stream().map(q -> q.index() == null ? null : round(q.index())).toList();
        EChart chart = new EChart(ChartOption.lines(null, quarters, List.of(new ChartOption.Series("Drift index",
                values))).valueRange(0, 1));
        chart.setHeight("240px");
        VerticalLayout section = new VerticalLayout(new H3("Drift per quarter since the program began"), chart);
        section.setPadding(false);
        return section;
    }

    private static VerticalLayout sentences(DriftReport report) {
        VerticalLayout section = new VerticalLayout(new H3("The largest gaps"));
        section.setPadding(false);
        if (report.sentences().isEmpty()) {
            section.add(new Paragraph("No gap stands out: the work followed the plan closely."));
        } else {
            UnorderedList list = new UnorderedList();
            report.sentences().forEach(s -> list.add(new ListItem(s)));
            section.add(list);
        }
        return section;
    }

    static Double round(double value) {
        return Math.round(value * 1000) / 1000d;
    }
}
