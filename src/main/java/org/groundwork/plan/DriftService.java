package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_INTERNAL)
public class DriftService {

    private final ProgramPlanService plans;
    private final DriftQueries queries;
    private final Clock clock;

    DriftService(ProgramPlanService plans, DriftQueries queries, Clock clock) {
        this.plans = plans;
        this.queries = queries;
        this.clock = clock;
    }

    public DriftReport drift(DatePeriod period) {
        Map<Dimension, Map<String, Double>> amounts = new EnumMap<>(Dimension.class);
        amounts.put(Dimension.TIME, queries.hours(period, false).getOrDefault(0, Map.of()));
        Map<Dimension, Map<Integer, Map<String, Double>>> mix = queries.visitMix(period, false);
        amounts.put(Dimension.SECTORS, mix.get(Dimension.SECTORS).getOrDefault(0, Map.of()));
        amounts.put(Dimension.TIERS, mix.get(Dimension.TIERS).getOrDefault(0, Map.of()));
        return DriftAssembler.assemble(period, plans.segments(period), amounts,
                queries.kpis(period, false).getOrDefault(0, Map.of()));
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
        return queries.visitRecords(period, dimension, category, offset, limit);
    }

    public long countVisitRecords(DatePeriod period, Dimension dimension, String category) {
        return queries.countVisitRecords(period, dimension, category);
    }

    /** The opportunities won in the period: the records behind jobs retained, jobs created and investment. */
    public List<OpportunityRecord> wonOpportunities(DatePeriod period, int offset, int limit) {
        return queries.wonOpportunities(period, offset, limit);
    }

    public long countWonOpportunities(DatePeriod period) {
        return queries.countWonOpportunities(period);
    }

    /** The time entries behind an activity's hours: people's own time, so for directors and admins only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public List<TimeRecord> timeRecords(DatePeriod period, Activity activity, int offset, int limit) {
        return queries.timeRecords(period, activity, offset, limit);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public long countTimeRecords(DatePeriod period, Activity activity) {
        return queries.countTimeRecords(period, activity);
    }

    /**
     * Every quarter from the one the program started in to the current one, each against the revision (or
     * revisions) in force in it; empty without a plan. One grouped query per measure for the whole span.
     */
    public List<QuarterDrift> trend() {
        List<PlanRevision> revisions = plans.revisions();
        if (revisions.isEmpty()) {
            return List.of();
        }
        LocalDate start = DatePeriod.quarterOf(revisions.getFirst().getProgramStart()).from();
        DatePeriod span = new DatePeriod(start, DatePeriod.quarterOf(LocalDate.now(clock)).to());
        Map<Integer, Map<String, Double>> hours = queries.hours(span, true);
        Map<Dimension, Map<Integer, Map<String, Double>>> mix = queries.visitMix(span, true);
        Map<Integer, Map<String, Double>> sectors = mix.get(Dimension.SECTORS);
        Map<Integer, Map<String, Double>> tiers = mix.get(Dimension.TIERS);
        Map<Integer, Map<Kpi, BigDecimal>> kpis = queries.kpis(span, true);
        List<QuarterDrift> trend = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(span.to()); day = day.plusMonths(3)) {
            DatePeriod quarter = DatePeriod.quarterOf(day);
            int bucket = day.getYear() * 4 + day.get(IsoFields.QUARTER_OF_YEAR) - 1;
            Map<Dimension, Map<String, Double>> amounts = new LinkedHashMap<>();
            amounts.put(Dimension.TIME, hours.getOrDefault(bucket, Map.of()));
            amounts.put(Dimension.SECTORS, sectors.getOrDefault(bucket, Map.of()));
            amounts.put(Dimension.TIERS, tiers.getOrDefault(bucket, Map.of()));
            DriftReport report = DriftAssembler.assemble(quarter, ProgramPlanService.segments(revisions, quarter),
                    amounts, kpis.getOrDefault(bucket, Map.of()));
            trend.add(new QuarterDrift(quarter, report.index(), report.dimensions()));
        }
        return trend;
    }
}
