package org.groundwork.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The actuals drift compares with the plan, as SQL aggregates over visits, time entries, opportunities, flags and
 * follow-ups: sums and counts per category, never rows (decisions 020 and 021). A period costs two passes
 * over its visits, one over its time entries and a few small queries, whether it is asked as a whole or per
 * quarter. Results are keyed by bucket: 0 for a whole period, or {@link #bucketOf} of each quarter.
 */
@Component
class DriftQueries {

    static final String COMPLETED_VISIT = "v.status = 'COMPLETED' AND v.visit_date BETWEEN :from AND :to";
    static final String WON = "o.stage = 'WON' AND o.actual_date BETWEEN :from AND :to";
    static final String FLAG_RESOLVED = "f.status = 'RESOLVED' AND f.resolved_at >= :fromTime AND "
            + "f.resolved_at < :toTime";
    static final String FOLLOW_UP_DONE = "f.status = 'DONE' AND f.closed_at >= :fromTime AND f.closed_at < :toTime";
    static final String FOLLOW_UP_ON_TIME = "f.closed_at < TIMESTAMPADD(DAY, 1, f.due_date)";

    private final JdbcClient jdbc;

    DriftQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bucket of the quarter a day falls in. */
    static int bucketOf(LocalDate day) {
        return day.getYear() * 4 + day.get(IsoFields.QUARTER_OF_YEAR) - 1;
    }

    /**
     * Every bucket's actuals: for a whole period bucket 0, per quarter each quarter the period touches (a quarter
     * with nothing recorded is present, with nothing in it).
     */
    Map<Integer, DriftActuals> actuals(DatePeriod period, boolean byQuarter) {
        Map<Integer, Map<String, Double>> hours = enteredHours(period, byQuarter);
        Map<Integer, VisitFacts> visits = visitFacts(period, byQuarter);
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

    /**
     * Everything drift reads from completed visits, in two passes over the covering index (changelog 051), where
     * each figure used to take its own (five in all). The first counts the visits per business (and quarter) from
     * the index alone and only then joins the businesses, once each, summing per sector, tier and key-company mark:
     * the visit mix, the visits, the businesses reached and the key companies visited. The second needs no
     * business: hours and ratings per rating. Kept apart because on MariaDB every extra sum in the per-business
     * grouping costs more than a second plain scan of the index.
     */
    Map<Integer, VisitFacts> visitFacts(DatePeriod period, boolean byQuarter) {
        Map<Integer, VisitFacts> result = new TreeMap<>();
        bind(jdbc.sql("SELECT " + (byQuarter ? "c.bucket" : "0") + ", COALESCE(b.sector, '" + Categories.NONE
                + "'), COALESCE(b.tier, '" + Categories.NONE + "'), b.key_company, SUM(c.visits), COUNT(*), "
                + "SUM(CASE WHEN c.visits > 0 THEN 1 ELSE 0 END) FROM (SELECT " + bucket("v.visit_date", byQuarter)
                + " AS bucket, v.business_id, SUM(CASE WHEN v.interaction = FALSE THEN 1 ELSE 0 END) AS visits FROM "
                + "visit v WHERE " + COMPLETED_VISIT + " GROUP BY " + groupBy("v.visit_date", byQuarter,
                "v.business_id") + ") c JOIN business b ON b.id = c.business_id GROUP BY " + (byQuarter
                ? "c.bucket, " : "") + "b.sector, b.tier, b.key_company"), period).query(rs -> {
                    result.computeIfAbsent(rs.getInt(1), b -> new VisitFacts()).addBusinesses(rs.getString(2),
                            rs.getString(3), rs.getBoolean(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
                });
        bind(jdbc.sql("SELECT " + bucket("v.visit_date", byQuarter) + ", v.satisfaction, COUNT(*), "
                + "SUM(v.duration_hours) FROM visit v WHERE " + COMPLETED_VISIT + " GROUP BY " + groupBy(
                "v.visit_date", byQuarter, "v.satisfaction")), period).query(rs -> {
                    result.computeIfAbsent(rs.getInt(1), b -> new VisitFacts()).addRated(
                            rs.getObject(2, Integer.class), rs.getLong(3), rs.getBigDecimal(4));
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
        return jdbc.sql("SELECT COUNT(*) FROM business WHERE key_company = TRUE AND status = 'ACTIVE'")
                .query(Long.class).single();
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

    private static String bucket(String dateColumn, boolean byQuarter) {
        return byQuarter ? "(YEAR(" + dateColumn + ") * 4 + QUARTER(" + dateColumn + ") - 1)" : "0";
    }

    private static String groupBy(String dateColumn, boolean byQuarter, String column) {
        return byQuarter ? bucket(dateColumn, true) + ", " + column : column;
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DatePeriod period) {
        return statement.param("from", period.from()).param("to", period.to())
                .param("fromTime", start(period.from())).param("toTime", start(period.to().plusDays(1)));
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.valueOf(day.atStartOfDay(ZoneOffset.UTC).toLocalDateTime());
    }
}
