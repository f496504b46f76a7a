package org.groundwork.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The goal drift report for a board meeting ({@code reports/goal-drift.jrxml}): the same figures as the drift
 * view, read through the secured drift service, with a chart per section. A virtualizer keeps filled pages
 * compressed so a long report renders in bounded memory.
 */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
public class GoalDriftReport {

    private final DriftService drift;
    private final ReportRenderer renderer;
    private final CurrentUser currentUser;
    private final Clock clock;

    public String title() {
        return "Goal drift";
    }

    public String description() {
        return "How far this year's work has moved from the program plan: staff time, visits by sector and tier, "
                + "KPI targets and the trend per quarter, with the largest gaps in plain words.";
    }

    /** The current year to date, the period the report catalog offers. */
    public DatePeriod yearToDate() {
        LocalDate today = LocalDate.now(clock);
        return new DatePeriod(today.withDayOfYear(1), today);
    }

    public String fileName(DatePeriod period) {
        return "goal-drift-" + period.from() + "-to-" + period.to() + ".pdf";
    }

    public byte[] renderPdf(DatePeriod period) {
        return render(period, ReportFormat.PDF);
    }

    /** The report as PDF or XLSX; the renderer spills filled pages to disk, so a long period needs little heap. */
    public byte[] render(DatePeriod period, ReportFormat format) {
        DriftReport report = drift.drift(period);
        List<QuarterDrift> trend = drift.trend();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("period", period.label() + " (" + period.from() + " to " + period.to() + ")");
        parameters.put("index", report.index() == null ? "—" : String.format("%.2f", report.index()));
        parameters.put("plans", plans(report));
        parameters.put("sentences", report.sentences().isEmpty() ? "No gap stands out: the work followed the plan."
                : "• " + String.join("\n• ", report.sentences()));
        parameters.put("generated", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(clock.instant().atZone(clock.getZone())) + " by " + currentUser.requireUsername());
        return renderer.render("goal-drift", parameters, lines(report, trend).iterator(), format);
    }

    /** The report's lines for a period, as the report catalog shows them on screen. */
    public List<DriftLine> lines(DatePeriod period) {
        return lines(drift.drift(period), drift.trend());
    }

    static List<DriftLine> lines(DriftReport report, List<QuarterDrift> trend) {
        List<DriftLine> lines = new ArrayList<>();
        report.distributions().values().forEach(d -> d.shares().forEach(s -> lines.add(new DriftLine(
                d.dimension().label() + (d.distance() == null ? "" : String.format(" — drift %.2f", d.distance())),
                s.label(), KpiFormat.percent(s.planned()), KpiFormat.percent(s.actual()),
                String.format("%+.0f points", s.gap() * 100), s.planned() * 100, s.actual() * 100))));
        report.kpis().forEach(k -> lines.add(new DriftLine("KPI attainment", k.kpi().label(), KpiFormat.target(k),
                KpiFormat.amount(k.actual(), k.kpi()),
                k.attainment() == null ? "—" : KpiFormat.percent(k.attainment()) + " attained",
                k.attainment() == null ? null : 100d, k.attainment() == null ? null : k.attainment() * 100)));
        trend.forEach(q -> lines.add(new DriftLine("Drift index per quarter (× 100)", q.quarter().label(), "",
                q.index() == null ? "—" : String.format("%.2f", q.index()), "", null,
                q.index() == null ? null : q.index() * 100)));
        return lines;
    }

    private static String plans(DriftReport report) {
        return report.segments().stream().map(s -> (s.revision().isFounding() ? "the founding plan"
                : "revision " + s.revision().getNumber()) + " (" + s.period().from() + " to " + s.period().to() + ")")
                .reduce((a, b) -> a + ", " + b).map(text -> "Compared with " + text + ".")
                .orElse("No program plan was in force in this period.");
    }
}
