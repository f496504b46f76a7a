package org.groundwork.plan;

import static org.groundwork.plan.DriftSql.COMPLETED_VISIT;
import static org.groundwork.plan.DriftSql.FLAG_RESOLVED;
import static org.groundwork.plan.DriftSql.FOLLOW_UP_DONE;
import static org.groundwork.plan.DriftSql.FOLLOW_UP_ON_TIME;
import static org.groundwork.plan.DriftSql.WON;
import static org.groundwork.plan.DriftSql.bind;
import static org.groundwork.plan.DriftSql.bucket;
import static org.groundwork.plan.DriftSql.bucketOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.KeyCompanies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The actuals drift compares with the plan, as SQL aggregates: sums and counts per category, never rows (decisions
 * 020, 021 and 022). The visit figures come from {@link DriftVisitFigures} (the visit tally, and the visits of days
 * that make no whole month); time entries, opportunities, flags and follow-ups are read here. Results are keyed by
 * bucket: 0 for a whole period, or {@link DriftSql#bucketOf} of each quarter.
 */
@Component
@RequiredArgsConstructor
class DriftQueries {

    private final JdbcClient jdbc;
    private final DriftVisitFigures visitFigures;

    /**
     * Every bucket's actuals: for a whole period bucket 0, per quarter each quarter the period touches (a quarter
     * with nothing recorded is present, with nothing in it).
     */
    Map<Integer, DriftActuals> actuals(DatePeriod period, boolean byQuarter) {
        Map<Integer, Map<String, Double>> hours = enteredHours(period, byQuarter);
        Map<Integer, VisitFacts> visits = visitFigures.visitFacts(period, byQuarter);
        Map<Integer, Map<Kpi, BigDecimal>> kpis = otherKpis(period, byQuarter);
        long keyCompanies = activeKeyCompanies();
        Map<Integer, DriftActuals> result = new LinkedHashMap<>();
        for (int bucket : buckets(period, byQuarter)) {
            VisitFacts facts = visits.getOrDefault(bucket, new VisitFacts());
            Map<String, Double> time = new HashMap<>(hours.getOrDefault(bucket, Map.of()));
            if (facts.hours() != null) {
                time.merge(Activity.VISITS.name(), facts.hours(), Double::sum);
            }
            Map<Dimension, Map<String, Double>> amounts = new EnumMap<>(Dimension.class);
            amounts.put(Dimension.TIME, time);
            amounts.put(Dimension.SECTORS, facts.sectors());
            amounts.put(Dimension.TIERS, facts.tiers());
            Map<Kpi, BigDecimal> values = new EnumMap<>(Kpi.class);
            values.putAll(kpis.getOrDefault(bucket, Map.of()));
            values.put(Kpi.VISITS, BigDecimal.valueOf(facts.visits()));
            values.put(Kpi.BUSINESSES_REACHED, BigDecimal.valueOf(facts.businessesReached()));
            if (keyCompanies > 0) {
                values.put(Kpi.KEY_COMPANIES_VISITED, percent(facts.keyCompaniesVisited(), keyCompanies));
            }
            BigDecimal median = DriftMath.median(facts.ratings());
            if (median != null) {
                values.put(Kpi.MEDIAN_SATISFACTION, median);
            }
            result.put(bucket, new DriftActuals(amounts, values));
        }
        return result;
    }

    private static List<Integer> buckets(DatePeriod period, boolean byQuarter) {
        if (!byQuarter) {
            return List.of(0);
        }
        List<Integer> buckets = new ArrayList<>();
        for (int b = bucketOf(period.from()); b <= bucketOf(period.to()); b++) {
            buckets.add(b);
        }
        return buckets;
    }

    /** Hours by activity as entered (time entries never use {@link Activity#VISITS}). */
    Map<Integer, Map<String, Double>> enteredHours(DatePeriod period, boolean byQuarter) {
        Map<Integer, Map<String, Double>> result = new TreeMap<>();
        bind(jdbc.sql("SELECT " + bucket("t.entry_date", byQuarter) + ", t.activity, SUM(t.hours) FROM time_entry t "
                + "WHERE t.entry_date BETWEEN :from AND :to GROUP BY " + groupBy("t.entry_date", byQuarter,
                "t.activity")), period).query(rs -> {
                    result.computeIfAbsent(rs.getInt(1), b -> new HashMap<>())
                            .merge(rs.getString(2), rs.getBigDecimal(3).doubleValue(), Double::sum);
                });
        return result;
    }

    /** The KPIs not read from visits, per bucket; one with nothing to measure in a bucket is absent. */
    Map<Integer, Map<Kpi, BigDecimal>> otherKpis(DatePeriod period, boolean byQuarter) {
        Map<Integer, Map<Kpi, BigDecimal>> result = new TreeMap<>();
        String wonBucket = bucket("o.actual_date", byQuarter);
        bind(jdbc.sql("SELECT " + wonBucket + ", SUM(COALESCE(o.retained_jobs, 0)), SUM(COALESCE(o.realized_jobs, "
                + "0)), SUM(COALESCE(o.realized_investment, o.capital_investment, 0)) FROM opportunity o WHERE " + WON
                + (byQuarter ? " GROUP BY " + wonBucket : " HAVING COUNT(*) > 0")), period).query(rs -> {
                    Map<Kpi, BigDecimal> values = result.computeIfAbsent(rs.getInt(1), b -> new EnumMap<>(Kpi.class));
                    values.put(Kpi.JOBS_RETAINED, rs.getBigDecimal(2));
                    values.put(Kpi.JOBS_CREATED, rs.getBigDecimal(3));
                    values.put(Kpi.CAPITAL_INVESTMENT, rs.getBigDecimal(4));
                });
        String flagBucket = bucket("f.resolved_at", byQuarter);
        rates(result, Kpi.FLAGS_RESOLVED_ON_TIME, "SELECT " + flagBucket + ", COUNT(*), SUM(CASE WHEN "
                + FlagStandard.within("f", FlagStandard.days(jdbc)) + " THEN 1 ELSE 0 END) FROM flag f WHERE "
                + FLAG_RESOLVED + (byQuarter ? " GROUP BY " + flagBucket : ""), period);
        String doneBucket = bucket("f.closed_at", byQuarter);
        rates(result, Kpi.FOLLOW_UPS_ON_TIME, "SELECT " + doneBucket + ", COUNT(*), SUM(CASE WHEN "
                + FOLLOW_UP_ON_TIME + " THEN 1 ELSE 0 END) FROM follow_up f WHERE " + FOLLOW_UP_DONE
                + (byQuarter ? " GROUP BY " + doneBucket : ""), period);
        return result;
    }

    /** A rate KPI from rows of bucket, how many, how many of them met the mark; none where nothing was counted. */
    private void rates(Map<Integer, Map<Kpi, BigDecimal>> result, Kpi kpi, String sql, DatePeriod period) {
        bind(jdbc.sql(sql), period).query(rs -> {
            long all = rs.getLong(2);
            if (all > 0) {
                result.computeIfAbsent(rs.getInt(1), b -> new EnumMap<>(Kpi.class)).put(kpi,
                        percent(rs.getLong(3), all));
            }
        });
    }

    /** Today's active key companies: what the share of key companies visited divides by. */
    long activeKeyCompanies() {
        return jdbc.sql("SELECT COUNT(*) FROM business b WHERE " + KeyCompanies.ACTIVE).query(Long.class).single();
    }

    /** One person's hours on completed visits per day, whether they led the visit or went along. */
    Map<LocalDate, BigDecimal> visitHoursByDay(Long staffId, DatePeriod period) {
        Map<LocalDate, BigDecimal> result = new TreeMap<>();
        bind(jdbc.sql("SELECT v.visit_date, SUM(v.duration_hours) FROM visit v WHERE " + COMPLETED_VISIT
                + " AND v.duration_hours IS NOT NULL AND (v.lead_staff_id = :staff OR EXISTS (SELECT 1 FROM "
                + "visit_staff s WHERE s.visit_id = v.id AND s.user_id = :staff)) GROUP BY v.visit_date"), period)
                .param("staff", staffId)
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2))).list()
                .forEach(day -> result.put(day.getKey(), day.getValue()));
        return result;
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(100d * part / whole);
    }

    private static String groupBy(String dateColumn, boolean byQuarter, String column) {
        return byQuarter ? bucket(dateColumn, true) + ", " + column : column;
    }
}
