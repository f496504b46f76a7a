package org.groundwork.plan;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.groundwork.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goal drift: for any period, how far the program's work moved from the plan in force (a period spanning a
 * revision is compared with each revision for its days), and the trend per quarter since the program began.
 * Program totals only: no one's individual time is in it, so everyone inside the organization may read it.
 * Each computation is timed as {@code groundwork.drift}, tagged {@code figures=period} or {@code trend}: the drift
 * view's server time is one of each as it opens and one period per change of period.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_INTERNAL)
public class DriftService {

    private final ProgramPlanService plans;
    private final DriftQueries queries;
    private final DriftRecordQueries records;
    private final Clock clock;
    private final Timer periodTimer;
    private final Timer trendTimer;

    DriftService(ProgramPlanService plans, DriftQueries queries, DriftRecordQueries records, Clock clock,
                 MeterRegistry registry) {
        this.plans = plans;
        this.queries = queries;
        this.records = records;
        this.clock = clock;
        this.periodTimer = timer(registry, "period");
        this.trendTimer = timer(registry, "trend");
    }

    private static Timer timer(MeterRegistry registry, String figures) {
        return Timer.builder("groundwork.drift").description("Time to compute goal drift").tag("figures", figures)
                .register(registry);
    }

    public DriftReport drift(DatePeriod period) {
        return periodTimer.record(() -> {
            DriftActuals actuals = queries.actuals(period, false).get(0);
            return DriftAssembler.assemble(period, plans.segments(period), actuals.amounts(), actuals.kpis());
        });
    }

    /** The drift index of a period (0 on plan, 1 nothing like it), or null when nothing could be compared. */
    public Double driftIndex(DatePeriod period) {
        return drift(period).index();
    }

    /** Each KPI's target for the period: yearly targets prorated by days, rates as they are; none without a plan. */
    public Map<Kpi, BigDecimal> proratedTargets(DatePeriod period) {
        List<PlanSegment> segments = plans.segments(period);
        Map<Kpi, BigDecimal> targets = new EnumMap<>(Kpi.class);
        for (Kpi kpi : Kpi.values()) {
            BigDecimal target = DriftMath.target(segments, kpi);
            if (target != null) {
                targets.put(kpi, target);
            }
        }
        return targets;
    }

    /** The visits behind a figure (see {@link #countVisitRecords}); {@code dimension} null for all visits. */
    public List<VisitRecord> visitRecords(DatePeriod period, Dimension dimension, String category, int offset,
                                          int limit) {
        return records.visits(period, dimension, category, offset, limit);
    }

    public long countVisitRecords(DatePeriod period, Dimension dimension, String category) {
        return records.countVisits(period, dimension, category);
    }

    /** The opportunities won in the period: the records behind jobs retained, jobs created and investment. */
    public List<OpportunityRecord> wonOpportunities(DatePeriod period, int offset, int limit) {
        return records.wonOpportunities(period, offset, limit);
    }

    public long countWonOpportunities(DatePeriod period) {
        return records.countWonOpportunities(period);
    }

    /** The time entries behind an activity's hours: people's own time, so for directors and admins only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public List<TimeRecord> timeRecords(DatePeriod period, Activity activity, int offset, int limit) {
        return records.timeEntries(period, activity, offset, limit);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public long countTimeRecords(DatePeriod period, Activity activity) {
        return records.countTimeEntries(period, activity);
    }

    /**
     * The records behind a rate KPI of the period: the flags resolved, the follow-ups done, or today's active key
     * companies with whether each was visited (see {@link FigureRecord}).
     */
    public List<FigureRecord> figureRecords(DatePeriod period, Kpi kpi, int offset, int limit) {
        return records.figureRecords(period, kpi, offset, limit);
    }

    public long countFigureRecords(DatePeriod period, Kpi kpi) {
        return records.countFigureRecords(period, kpi);
    }

    /**
     * Every quarter from the one the program started in to the current one, each against the revision (or
     * revisions) in force in it; empty without a plan. The whole span is one pass of the same grouped queries as
     * a single period, grouped by quarter, not one computation per quarter.
     */
    public List<QuarterDrift> trend() {
        return trendTimer.record(this::quarters);
    }

    private List<QuarterDrift> quarters() {
        List<PlanRevision> revisions = plans.revisions();
        if (revisions.isEmpty()) {
            return List.of();
        }
        LocalDate start = DatePeriod.quarterOf(revisions.getFirst().getProgramStart()).from();
        DatePeriod span = new DatePeriod(start, DatePeriod.quarterOf(LocalDate.now(clock)).to());
        Map<Integer, DriftActuals> actuals = queries.actuals(span, true);
        List<QuarterDrift> trend = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(span.to()); day = day.plusMonths(3)) {
            DatePeriod quarter = DatePeriod.quarterOf(day);
            DriftActuals inQuarter = actuals.get(DriftSql.bucketOf(day));
            DriftReport report = DriftAssembler.figures(quarter, ProgramPlanService.segments(revisions, quarter),
                    inQuarter.amounts(), inQuarter.kpis());
            trend.add(new QuarterDrift(quarter, report.index(), report.dimensions()));
        }
        return trend;
    }
}
