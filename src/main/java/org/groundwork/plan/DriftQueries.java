package org.groundwork.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The actuals drift compares with the plan, as SQL aggregates over visits, time entries, opportunities, flags and
 * follow-ups: sums and counts per category, never rows, so a year of a large program is a handful of grouped scans
 * (see docs/decisions/020). Results are keyed by bucket: 0 for a whole period, or {@code year * 4 + quarter - 1}
 * when asked per quarter.
 */
@Component
class DriftQueries {

    private static final String COMPLETED_VISIT = "v.status = 'COMPLETED' AND v.visit_date BETWEEN :from AND :to";
    private static final String WON = "o.stage = 'WON' AND o.actual_date BETWEEN :from AND :to";

    private final JdbcClient jdbc;

    DriftQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hours by activity: entered time, plus the hours of completed visits under {@link Activity#VISITS}. */
    Map<Integer, Map<String, Double>> hours(DatePeriod period, boolean byQuarter) {
        Map<Integer, Map<String, Double>> result = new TreeMap<>();
        String entries = "SELECT " + bucket("t.entry_date", byQuarter) + " AS bucket, t.activity AS category, "
                + "SUM(t.hours) AS amount FROM time_entry t WHERE t.entry_date BETWEEN :from AND :to GROUP BY "
                + groupBy("t.entry_date", byQuarter, "t.activity");
        String visits = "SELECT " + bucket("v.visit_date", byQuarter) + " AS bucket, 'VISITS' AS category, "
                + "SUM(v.duration_hours) AS amount FROM visit v WHERE " + COMPLETED_VISIT
                + " AND v.duration_hours IS NOT NULL" + (byQuarter ? " GROUP BY " + bucket("v.visit_date", true) : "");
        for (String sql : new String[] {entries, visits}) {
            query(sql, period).forEach(row -> result.computeIfAbsent(row.bucket, b -> new HashMap<>())
                    .merge(row.category, row.amount.doubleValue(), Double::sum));
        }
        return result;
    }

    /**
     * Completed visits (not lighter contacts) by the business's sector and by its tier (NONE where it has none), in
     * one pass: the visits are counted per business first, from the index alone, and only then joined to the
     * businesses, so the join reads each business once rather than once per visit.
     */
    Map<Dimension, Map<Integer, Map<String, Double>>> visitMix(DatePeriod period, boolean byQuarter) {
        String sql = "SELECT " + (byQuarter ? "c.bucket" : "0") + ", COALESCE(b.sector, '" + Categories.NONE
                + "'), COALESCE(b.tier, '" + Categories.NONE + "'), SUM(c.n) FROM (SELECT "
                + bucket("v.visit_date", byQuarter) + " AS bucket, v.business_id, COUNT(*) AS n FROM visit v WHERE "
                + COMPLETED_VISIT + " AND v.interaction = FALSE GROUP BY "
                + groupBy("v.visit_date", byQuarter, "v.business_id") + ") c JOIN business b ON b.id = c.business_id "
                + "GROUP BY " + (byQuarter ? "c.bucket, " : "") + "b.sector, b.tier";
        Map<Dimension, Map<Integer, Map<String, Double>>> result = new EnumMap<>(Dimension.class);
        result.put(Dimension.SECTORS, new TreeMap<>());
        result.put(Dimension.TIERS, new TreeMap<>());
        bind(jdbc.sql(sql), period).query(rs -> {
            double count = rs.getLong(4);
            result.get(Dimension.SECTORS).computeIfAbsent(rs.getInt(1), b -> new HashMap<>())
                    .merge(rs.getString(2), count, Double::sum);
            result.get(Dimension.TIERS).computeIfAbsent(rs.getInt(1), b -> new HashMap<>())
                    .merge(rs.getString(3), count, Double::sum);
        });
        return result;
    }

    /** Each KPI's actual value per bucket; a KPI with nothing to measure in a bucket is absent. */
    Map<Integer, Map<Kpi, BigDecimal>> kpis(DatePeriod period, boolean byQuarter) {
        Map<Integer, Map<Kpi, BigDecimal>> result = new TreeMap<>();
        KpiActuals actuals = new KpiActuals(result);
        String visitBucket = bucket("v.visit_date", byQuarter);
        String visitGroup = byQuarter ? " GROUP BY " + visitBucket : "";
        query4("SELECT " + visitBucket + ", SUM(CASE WHEN v.interaction = FALSE THEN 1 ELSE 0 END), "
                + "COUNT(DISTINCT v.business_id), 0 FROM visit v WHERE " + COMPLETED_VISIT + visitGroup, period)
                .forEach(row -> actuals.put(row, Kpi.VISITS, Kpi.BUSINESSES_REACHED, null));
        long keyCompanies = jdbc.sql("SELECT COUNT(*) FROM business WHERE key_company = TRUE AND status = 'ACTIVE'")
                .query(Long.class).single();
        // distinct businesses visited first (from the index), then the few key companies among them
        query4("SELECT " + (byQuarter ? "c.bucket" : "0") + ", COUNT(*), 0, 0 FROM (SELECT DISTINCT " + visitBucket
                + " AS bucket, v.business_id FROM visit v WHERE " + COMPLETED_VISIT + " AND v.interaction = FALSE) c "
                + "JOIN business b ON b.id = c.business_id WHERE b.key_company = TRUE"
                + (byQuarter ? " GROUP BY c.bucket" : ""), period)
                .forEach(row -> actuals.percent(row.bucket, Kpi.KEY_COMPANIES_VISITED, row.a, keyCompanies));
        Map<Integer, Map<Integer, Long>> ratings = new TreeMap<>();
        query4("SELECT " + visitBucket + ", v.satisfaction, COUNT(*), 0 FROM visit v WHERE " + COMPLETED_VISIT
                + " AND v.satisfaction IS NOT NULL GROUP BY " + groupBy("v.visit_date", byQuarter, "v.satisfaction"),
                period).forEach(row -> ratings.computeIfAbsent(row.bucket, b -> new TreeMap<>())
                .put(row.a.intValue(), row.b.longValue()));
        ratings.forEach((bucket, counts) -> actuals.set(bucket, Kpi.MEDIAN_SATISFACTION, DriftMath.median(counts)));
        String wonBucket = bucket("o.actual_date", byQuarter);
        query4("SELECT " + wonBucket + ", SUM(COALESCE(o.retained_jobs, 0)), SUM(COALESCE(o.realized_jobs, 0)), "
                + "SUM(COALESCE(o.realized_investment, o.capital_investment, 0)) FROM opportunity o WHERE " + WON
                + (byQuarter ? " GROUP BY " + wonBucket : ""),
                period).forEach(row -> actuals.put(row, Kpi.JOBS_RETAINED, Kpi.JOBS_CREATED, Kpi.CAPITAL_INVESTMENT));
        int standardDays = jdbc.sql("SELECT COALESCE(MIN(days), 30) FROM service_standard WHERE measure = "
                + "'FOLLOW_UP_RESOLVED' AND enabled = TRUE").query(Integer.class).single();
        String flagBucket = bucket("f.resolved_at", byQuarter);
        query4("SELECT " + flagBucket + ", COUNT(*), SUM(CASE WHEN f.resolved_at <= TIMESTAMPADD(DAY, "
                + standardDays + ", f.raised_at) THEN 1 ELSE 0 END), 0 FROM flag f WHERE f.status = 'RESOLVED' AND "
                + "f.resolved_at >= :fromTime AND f.resolved_at < :toTime" + (byQuarter ? " GROUP BY " + flagBucket
                : ""), period).forEach(row -> actuals.percent(row.bucket, Kpi.FLAGS_RESOLVED_ON_TIME, row.b, row.a));
        String doneBucket = bucket("f.closed_at", byQuarter);
        query4("SELECT " + doneBucket + ", COUNT(*), SUM(CASE WHEN f.closed_at < TIMESTAMPADD(DAY, 1, f.due_date) "
                + "THEN 1 ELSE 0 END), 0 FROM follow_up f WHERE f.status = 'DONE' AND f.closed_at >= :fromTime AND "
                + "f.closed_at < :toTime" + (byQuarter ? " GROUP BY " + doneBucket : ""), period)
                .forEach(row -> actuals.percent(row.bucket, Kpi.FOLLOW_UPS_ON_TIME, row.b, row.a));
        return result;
    }

    /**
     * The completed visits behind a figure, newest first: of a sector or tier (category), or with {@code dimension}
     * null every visit (not lighter contacts); for {@link Dimension#TIME} every completed contact with hours.
     */
    List<VisitRecord> visitRecords(DatePeriod period, Dimension dimension, String category, int offset, int limit) {
        return bind(jdbc.sql("SELECT v.id, v.visit_date, COALESCE(b.trade_name, b.legal_name), b.sector, b.tier, "
                + "v.duration_hours FROM visit v JOIN business b ON b.id = v.business_id WHERE "
                + recordFilter(dimension, category) + " ORDER BY v.visit_date DESC, v.id DESC LIMIT :limit OFFSET "
                + ":offset"), period).param("category", category).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new VisitRecord(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBigDecimal(6))).list();
    }

    long countVisitRecords(DatePeriod period, Dimension dimension, String category) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM visit v JOIN business b ON b.id = v.business_id WHERE "
                + recordFilter(dimension, category)), period).param("category", category).query(Long.class).single();
    }

    private static String recordFilter(Dimension dimension, String category) {
        if (dimension == Dimension.TIME) {
            return COMPLETED_VISIT + " AND v.duration_hours IS NOT NULL";
        }
        String visits = COMPLETED_VISIT + " AND v.interaction = FALSE";
        if (dimension == null) {
            return visits;
        }
        String column = dimension == Dimension.SECTORS ? "b.sector" : "b.tier";
        return visits + (Categories.NONE.equals(category) ? " AND " + column + " IS NULL"
                : " AND " + column + " = :category");
    }

    /** The opportunities won in a period (what the jobs and investment KPIs add up), newest first. */
    List<OpportunityRecord> wonOpportunities(DatePeriod period, int offset, int limit) {
        return bind(jdbc.sql("SELECT o.id, o.actual_date, o.title, COALESCE(b.trade_name, b.legal_name), "
                + "o.retained_jobs, o.realized_jobs, COALESCE(o.realized_investment, o.capital_investment) FROM "
                + "opportunity o JOIN business b ON b.id = o.business_id WHERE " + WON + " ORDER BY o.actual_date "
                + "DESC, o.id DESC LIMIT :limit OFFSET :offset"), period).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new OpportunityRecord(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, Integer.class),
                        rs.getObject(6, Integer.class), rs.getBigDecimal(7))).list();
    }

    long countWonOpportunities(DatePeriod period) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM opportunity o WHERE " + WON), period).query(Long.class).single();
    }

    /** The time entries of one activity in a period, newest first. */
    List<TimeRecord> timeRecords(DatePeriod period, Activity activity, int offset, int limit) {
        return bind(jdbc.sql("SELECT t.id, t.entry_date, u.full_name, t.hours, t.note FROM time_entry t JOIN "
                + "user_account u ON u.id = t.staff_id WHERE t.entry_date BETWEEN :from AND :to AND t.activity = "
                + ":activity ORDER BY t.entry_date DESC, t.id DESC LIMIT :limit OFFSET :offset"), period)
                .param("activity", activity.name()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new TimeRecord(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5))).list();
    }

    long countTimeRecords(DatePeriod period, Activity activity) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM time_entry t WHERE t.entry_date BETWEEN :from AND :to AND "
                + "t.activity = :activity"), period).param("activity", activity.name()).query(Long.class).single();
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

    private static String bucket(String dateColumn, boolean byQuarter) {
        return byQuarter ? "(YEAR(" + dateColumn + ") * 4 + QUARTER(" + dateColumn + ") - 1)" : "0";
    }

    private static String groupBy(String dateColumn, boolean byQuarter, String column) {
        return byQuarter ? bucket(dateColumn, true) + ", " + column : column;
    }

    private record CategoryRow(int bucket, String category, Number amount) {
    }

    /** A bucket and up to three numbers. */
    record NumberRow(int bucket, BigDecimal a, BigDecimal b, BigDecimal c) {
    }

    private List<CategoryRow> query(String sql, DatePeriod period) {
        return bind(jdbc.sql(sql), period).query((rs, n) -> new CategoryRow(rs.getInt(1), rs.getString(2),
                rs.getBigDecimal(3) == null ? BigDecimal.ZERO : rs.getBigDecimal(3))).list();
    }

    private List<NumberRow> query4(String sql, DatePeriod period) {
        return bind(jdbc.sql(sql), period).query((rs, n) -> new NumberRow(rs.getInt(1), number(rs.getBigDecimal(2)),
                number(rs.getBigDecimal(3)), number(rs.getBigDecimal(4)))).list();
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DatePeriod period) {
        return statement.param("from", period.from()).param("to", period.to())
                .param("fromTime", start(period.from())).param("toTime", start(period.to().plusDays(1)));
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.valueOf(day.atStartOfDay(ZoneOffset.UTC).toLocalDateTime());
    }

    /** Collects actuals into the result, per bucket. */
    private record KpiActuals(Map<Integer, Map<Kpi, BigDecimal>> result) {

        void set(int bucket, Kpi kpi, BigDecimal value) {
            if (value != null) {
                result.computeIfAbsent(bucket, b -> new EnumMap<>(Kpi.class)).put(kpi, value);
            }
        }

        void put(NumberRow row, Kpi a, Kpi b, Kpi c) {
            set(row.bucket(), a, row.a());
            set(row.bucket(), b, row.b());
            if (c != null) {
                set(row.bucket(), c, row.c());
            }
        }

        void percent(int bucket, Kpi kpi, BigDecimal part, Number whole) {
            if (whole.doubleValue() > 0) {
                set(bucket, kpi, BigDecimal.valueOf(100 * part.doubleValue() / whole.doubleValue()));
            }
        }
    }
}
