package org.groundwork.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.issue.IssueFilter;
import org.groundwork.issue.IssueHeatService;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.ops.ReplicaRead;
import org.groundwork.plan.DatePeriod;
import org.groundwork.plan.DriftService;
import org.groundwork.report.Period;
import org.groundwork.report.ProgramMeasure;
import org.groundwork.report.ReportService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The director's and admin's home page figures in one call, so the page asks the database a fixed handful of
 * grouped questions: the year to date and the last four quarters together from the visit tally
 * ({@link ReportService#programFigures}), then targets, drift, pipeline and issues.
 */
@Service
@ReplicaRead
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DashboardService {

    private static final int HOTTEST = 5;

    private final ReportService reports;
    private final DriftService drift;
    private final OpportunityService opportunities;
    private final IssueHeatService heat;
    private final Clock clock;

    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public DirectorFigures director() {
        LocalDate today = LocalDate.now(clock);
        Period ytd = Period.yearToDate(today);
        List<Period> quarters = lastFourQuarters(today);
        List<Period> periods = new ArrayList<>(quarters);
        periods.addFirst(ytd);
        Map<Period, Map<ProgramMeasure, BigDecimal>> figures = reports.programFigures(periods);
        Map<Period, Map<ProgramMeasure, BigDecimal>> perQuarter = new LinkedHashMap<>();
        quarters.forEach(quarter -> perQuarter.put(quarter, figures.get(quarter)));
        DatePeriod yearSoFar = new DatePeriod(ytd.from(), ytd.to());
        return new DirectorFigures(ytd, figures.get(ytd), drift.proratedTargets(yearSoFar),
                drift.driftIndex(yearSoFar), opportunities.totals(),
                heat.ranking(IssueFilter.all(), PageRequest.of(0, HOTTEST)), perQuarter);
    }

    /** This quarter and the three before it, oldest first. */
    static List<Period> lastFourQuarters(LocalDate today) {
        List<Period> quarters = new ArrayList<>();
        Period quarter = Period.quarterOf(today);
        for (int i = 0; i < 4; i++) {
            quarters.addFirst(quarter);
            quarter = quarter.previousQuarter();
        }
        return quarters;
    }
}
