package org.groundwork.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.KeyCompanies;
import org.groundwork.visit.tally.TallyPeriods;
import org.groundwork.visit.tally.TallyReadiness;
import org.groundwork.plan.FlagStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention summary's figures for one period, each one aggregate query in the database. Visit figures come
 * from the visit tally (TALLY.md) for the whole months, quarters and years of the period and from the visits
 * only for the days at its ends; flags, opportunities and employee counts from their own tables.
 */
@Component
@RequiredArgsConstructor
class RetentionQueries {

    private final JdbcClient jdbc;
    private final TallyReadiness tally;

    /** Every measure of the period, and how many completed visits got each satisfaction score (1 to 5). */
    Figures figures(ReportFilter filter, Period period, ZoneId zone) {
        BusinessScope scope = BusinessScope.of(filter);
        Map<String, Object> p = scope.with(period, zone);
        TallyPeriods span = split(period);
        Map<ProgramMeasure, BigDecimal> result = new EnumMap<>(ProgramMeasure.class);
        VisitCounts counts = VisitCounts.tallied(jdbc, span, scope, p).plus(VisitCounts.live(jdbc, span, scope, p));
        result.put(ProgramMeasure.VISITS, BigDecimal.valueOf(counts.visits()));
        result.put(ProgramMeasure.SATISFACTION, counts.averageRating());
        visitedBusinesses(span, scope, p, result);
        flags(scope, p, result);
        opportunities(scope, p, result);
        return new Figures(result, counts.ratings());
    }

    /** How the period's visit figures are read: tally periods and live days, all live until the tally is ready. */
    TallyPeriods split(Period period) {
        return tally.splitToQuietEnd(period.from(), period.to());
    }

    /** A period's measures and its satisfaction distribution (score to visits). */
    record Figures(Map<ProgramMeasure, BigDecimal> measures, Map<Integer, Long> satisfaction) {
    }

    /**
     * Businesses reached, key companies visited and the net change in employees at the businesses visited in
     * the period, over the set of businesses with completed visits or contacts: the tally's business rows of
     * the span and the businesses of the live edge days' visits, each business once. A key company counts as
     * visited with at least one visit (not only phone or e-mail contacts), active and not archived, as drift
     * counts it; it divides by the active key companies. Employment: the last count on or before the period's
     * end against the last count before its start; a business without both counts cannot show a change.
     */
    private void visitedBusinesses(TallyPeriods span, BusinessScope scope, Map<String, Object> p,
                                   Map<ProgramMeasure, BigDecimal> into) {
        String visited = "select t.business_id, t.visits from visit_business_tally t where " + span.condition("t.")
                + " and " + scope.tallyCondition();
        if (!span.live().isEmpty()) {
            visited += " union all select v.business_id, case when v.interaction = false then 1 else 0 end"
                    + " from visit v join business b on b.id = v.business_id where "
                    + span.liveCondition("v.", p) + " and " + scope.condition();
        }
        long keyCompanies = activeKeyCompanies(scope, p);
        jdbc.sql("select count(*), coalesce(sum(k), 0), coalesce(sum(case when d > 0 then d else 0 end), 0),"
                        + " coalesce(sum(case when d < 0 then -d else 0 end), 0) from (select case when "
                        + KeyCompanies.ACTIVE + " and u.n > 0 then 1 else 0 end k,"
                        + " (select ec.employees from employee_count ec where ec.business_id = b.id"
                        + " and ec.as_of <= :to order by ec.as_of desc, ec.id desc limit 1)"
                        + " - (select ec.employees from employee_count ec where ec.business_id = b.id"
                        + " and ec.as_of < :from order by ec.as_of desc, ec.id desc limit 1) d"
                        + " from (select a.business_id, sum(a.visits) n from (" + visited + ") a"
                        + " group by a.business_id) u join business b on b.id = u.business_id) changes")
                .params(p).query((rs, row) -> {
                    into.put(ProgramMeasure.BUSINESSES_REACHED, BigDecimal.valueOf(rs.getLong(1)));
                    into.put(ProgramMeasure.KEY_COMPANIES_VISITED, percent(rs.getLong(2), keyCompanies));
                    into.put(ProgramMeasure.JOBS_GAINED_AT_VISITED, BigDecimal.valueOf(rs.getLong(3)));
                    into.put(ProgramMeasure.JOBS_LOST_AT_VISITED, BigDecimal.valueOf(rs.getLong(4)));
                    return true;
                }).single();
    }

    /** What the share of key companies visited divides by: the active key companies in scope. */
    long activeKeyCompanies(BusinessScope scope, Map<String, Object> p) {
        return jdbc.sql("select count(*) from business b where " + KeyCompanies.ACTIVE
                + " and " + scope.condition()).params(p).query(Long.class).single();
    }

    private void flags(BusinessScope scope, Map<String, Object> p, Map<ProgramMeasure, BigDecimal> into) {
        long raised = jdbc.sql("select count(*) from flag f join business b on b.id = f.business_id"
                + " where f.raised_at >= :start and f.raised_at < :end and " + scope.condition())
                .params(p).query(Long.class).single();
        jdbc.sql("select count(*), sum(case when " + FlagStandard.within("f", FlagStandard.days(jdbc))
                        + " then 1 else 0 end)"
                        + " from flag f join business b on b.id = f.business_id where f.resolved_at >= :start"
                        + " and f.resolved_at < :end and " + scope.condition())
                .params(p).query((rs, row) -> {
                    putFlags(into, raised, rs.getLong(1), rs.getLong(2));
                    return true;
                }).single();
    }

    private void opportunities(BusinessScope scope, Map<String, Object> p, Map<ProgramMeasure, BigDecimal> into) {
        jdbc.sql("select coalesce(sum(o.realized_jobs), 0), coalesce(sum(o.retained_jobs), 0),"
                        + " coalesce(sum(o.realized_investment), 0) from opportunity o"
                        + " join business b on b.id = o.business_id where o.stage = 'WON'"
                        + " and o.actual_date between :from and :to and " + scope.condition())
                .params(p).query((rs, row) -> {
                    putWon(into, rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3));
                    return true;
                }).single();
    }

    /** A period's flag measures from its flags raised, resolved, and resolved within the standard. */
    static void putFlags(Map<ProgramMeasure, BigDecimal> into, long raised, long resolved, long resolvedInStandard) {
        into.put(ProgramMeasure.FLAGS_RAISED, BigDecimal.valueOf(raised));
        into.put(ProgramMeasure.FLAGS_RESOLVED, BigDecimal.valueOf(resolved));
        into.put(ProgramMeasure.FLAGS_RESOLVED_IN_STANDARD, percent(resolvedInStandard, resolved));
    }

    /** A period's measures of won opportunities: the jobs they created and retained, the investment realized. */
    static void putWon(Map<ProgramMeasure, BigDecimal> into, long jobsCreated, long jobsRetained,
                       BigDecimal investment) {
        into.put(ProgramMeasure.JOBS_CREATED, BigDecimal.valueOf(jobsCreated));
        into.put(ProgramMeasure.JOBS_RETAINED, BigDecimal.valueOf(jobsRetained));
        into.put(ProgramMeasure.INVESTMENT, JobsQueries.money(investment));
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }
}
