package org.groundwork.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.groundwork.plan.FlagStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The retention summary's figures for one period, each one aggregate query in the database. */
@Component
class RetentionQueries {

    private final JdbcClient jdbc;

    RetentionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<ProgramMeasure, BigDecimal> measures(ReportFilter filter, Period period, ZoneId zone) {
        BusinessScope scope = BusinessScope.of(filter);
        Map<String, Object> p = scope.with(period, zone);
        Map<ProgramMeasure, BigDecimal> result = new EnumMap<>(ProgramMeasure.class);
        visits(scope, p, result);
        keyCompanies(scope, p, result);
        flags(scope, p, result);
        opportunities(scope, p, result);
        employment(scope, p, result);
        return result;
    }

    /** How many completed visits got each satisfaction score (1 to 5) in the period. */
    Map<Integer, Long> satisfaction(ReportFilter filter, Period period, ZoneId zone) {
        BusinessScope scope = BusinessScope.of(filter);
        Map<Integer, Long> counts = new TreeMap<>();
        for (int score = 1; score <= 5; score++) {
            counts.put(score, 0L);
        }
        jdbc.sql("select v.satisfaction, count(*) from visit v join business b on b.id = v.business_id"
                        + " where v.status = 'COMPLETED' and v.visit_date between :from and :to"
                        + " and v.satisfaction is not null and " + scope.condition() + " group by v.satisfaction")
                .params(scope.with(period, zone))
                .query((rs, row) -> counts.put(rs.getInt(1), rs.getLong(2))).list();
        return counts;
    }

    private void visits(BusinessScope scope, Map<String, Object> p, Map<ProgramMeasure, BigDecimal> into) {
        jdbc.sql("select count(*), count(distinct v.business_id), avg(v.satisfaction * 1.0) from visit v"
                        + " join business b on b.id = v.business_id where v.status = 'COMPLETED'"
                        + " and v.visit_date between :from and :to and " + scope.condition())
                .params(p).query((rs, row) -> {
                    into.put(ProgramMeasure.VISITS, BigDecimal.valueOf(rs.getLong(1)));
                    into.put(ProgramMeasure.BUSINESSES_REACHED, BigDecimal.valueOf(rs.getLong(2)));
                    BigDecimal average = rs.getBigDecimal(3);
                    into.put(ProgramMeasure.SATISFACTION, average == null ? null
                            : average.setScale(2, RoundingMode.HALF_UP));
                    return true;
                }).single();
    }

    private void keyCompanies(BusinessScope scope, Map<String, Object> p, Map<ProgramMeasure, BigDecimal> into) {
        long all = jdbc.sql("select count(*) from business b where b.key_company = true and b.status = 'ACTIVE'"
                + " and " + scope.condition()).params(p).query(Long.class).single();
        long visited = jdbc.sql("select count(*) from business b where b.key_company = true"
                + " and b.status = 'ACTIVE' and " + scope.condition() + " and exists (select 1 from visit v"
                + " where v.business_id = b.id and v.status = 'COMPLETED' and v.visit_date between :from and :to)")
                .params(p).query(Long.class).single();
        into.put(ProgramMeasure.KEY_COMPANIES_VISITED, percent(visited, all));
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
                    into.put(ProgramMeasure.FLAGS_RESOLVED, BigDecimal.valueOf(rs.getLong(1)));
                    into.put(ProgramMeasure.FLAGS_RESOLVED_IN_STANDARD, percent(rs.getLong(2), rs.getLong(1)));
                    return true;
                }).single();
        into.put(ProgramMeasure.FLAGS_RAISED, BigDecimal.valueOf(raised));
    }

    private void opportunities(BusinessScope scope, Map<String, Object> p, Map<ProgramMeasure, BigDecimal> into) {
        jdbc.sql("select coalesce(sum(o.realized_jobs), 0), coalesce(sum(o.retained_jobs), 0),"
                        + " coalesce(sum(o.realized_investment), 0) from opportunity o"
                        + " join business b on b.id = o.business_id where o.stage = 'WON'"
                        + " and o.actual_date between :from and :to and " + scope.condition())
                .params(p).query((rs, row) -> {
                    into.put(ProgramMeasure.JOBS_CREATED, BigDecimal.valueOf(rs.getLong(1)));
                    into.put(ProgramMeasure.JOBS_RETAINED, BigDecimal.valueOf(rs.getLong(2)));
                    into.put(ProgramMeasure.INVESTMENT, JobsQueries.money(rs.getBigDecimal(3)));
                    return true;
                }).single();
    }

    /**
     * Net change in employees at the businesses visited in the period: the last count on or before the period's
     * end against the last count before its start. A business without both counts cannot show a change.
     */
    private void employment(BusinessScope scope, Map<String, Object> p, Map<ProgramMeasure, BigDecimal> into) {
        jdbc.sql("select coalesce(sum(case when d > 0 then d else 0 end), 0),"
                        + " coalesce(sum(case when d < 0 then -d else 0 end), 0) from (select"
                        + " (select ec.employees from employee_count ec where ec.business_id = b.id"
                        + " and ec.as_of <= :to order by ec.as_of desc, ec.id desc limit 1)"
                        + " - (select ec.employees from employee_count ec where ec.business_id = b.id"
                        + " and ec.as_of < :from order by ec.as_of desc, ec.id desc limit 1) d"
                        + " from business b where " + scope.condition() + " and exists (select 1 from visit v"
                        + " where v.business_id = b.id and v.status = 'COMPLETED'"
                        + " and v.visit_date between :from and :to)) changes")
                .params(p).query((rs, row) -> {
                    into.put(ProgramMeasure.JOBS_GAINED_AT_VISITED, BigDecimal.valueOf(rs.getLong(1)));
                    into.put(ProgramMeasure.JOBS_LOST_AT_VISITED, BigDecimal.valueOf(rs.getLong(2)));
                    return true;
                }).single();
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }
}
