package org.groundwork.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.visit.tally.TallyPeriods;
import org.groundwork.visit.tally.TallyReadiness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The actuals drift compares with the plan, as SQL aggregates over the visit tally, visits, time entries,
 * opportunities, flags and follow-ups: sums and counts per category, never rows (decisions 020, 021 and 022). A
 * period of whole months, quarters or years reads its visit figures from the tally's cells; only days that make no
 * whole month are read from the visits. Results are keyed by bucket: 0 for a whole period, or {@link #bucketOf} of
 * each quarter.
 */
@Component
@RequiredArgsConstructor
class DriftQueries {

    static final String COMPLETED_VISIT = "v.status = 'COMPLETED' AND v.visit_date BETWEEN :from AND :to";
    static final String WON = "o.stage = 'WON' AND o.actual_date BETWEEN :from AND :to";
    static final String FLAG_RESOLVED = "f.status = 'RESOLVED' AND f.resolved_at >= :fromTime AND "
            + "f.resolved_at < :toTime";
    static final String FOLLOW_UP_DONE = "f.status = 'DONE' AND f.closed_at >= :fromTime AND f.closed_at < :toTime";
    static final String FOLLOW_UP_ON_TIME = "f.closed_at < TIMESTAMPADD(DAY, 1, f.due_date)";

    /**
     * A key company as the share of key companies visited counts it: an active one, not archived, the same as the
     * businesses it is divided by ({@link #activeKeyCompanies}) and as the reports count them. In the tally cells
     * and on a business aliased {@code b}.
     */
    private static final String TALLY_KEY = "CASE WHEN key_company = TRUE AND active = TRUE AND archived = FALSE "
            + "THEN TRUE ELSE FALSE END";
    private static final String BUSINESS_KEY = "CASE WHEN b.key_company = TRUE AND b.status = 'ACTIVE' AND "
            + "b.archived_at IS NULL THEN TRUE ELSE FALSE END";

    /** What the cells of a period's tally periods add up to, per sector, tier and key-company mark. */
    private static final String TALLIED = "sector, tier, " + TALLY_KEY + ", SUM(visits), SUM(businesses_contacted), "
            + "SUM(businesses_visited), SUM(hours), SUM(rated_1), SUM(rated_2), SUM(rated_3), SUM(rated_4), "
            + "SUM(rated_5)";

    private final JdbcClient jdbc;
    private final TallyReadiness tally;

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
     * Everything drift reads from completed visits. Whole years, quarters and months come from the visit tally
     * (decision 022): a year is a few hundred cells, not a year of visits. The days of a period that make no whole
     * month are read live, with the same two passes as before the tally (decision 021): visits counted per business
     * and joined to the businesses once, then hours and ratings per rating. Businesses reached and key companies
     * visited are distinct counts: the cells hold them per tally period, so a period of one tally period reads them
     * there and any other reads the businesses' rows of the finest kind it needs plus its live days, counted once
     * per business. The trend's quarters read the quarter cells, all in one query. Until the tally is ready
     * ({@link TallyReadiness}) every period and quarter is read live.
     */
    Map<Integer, VisitFacts> visitFacts(DatePeriod period, boolean byQuarter) {
        Map<Integer, VisitFacts> result = new TreeMap<>();
        if (!byQuarter) {
            result.put(0, periodFacts(period));
            return result;
        }
        List<Integer> wholeQuarters = new ArrayList<>();
        boolean tallied = tally.ready();
        for (DatePeriod quarter = DatePeriod.quarterOf(period.from()); !quarter.from().isAfter(period.to());
                quarter = DatePeriod.quarterOf(quarter.to().plusDays(1))) {
            DatePeriod inPeriod = quarter.intersect(period);
            if (tallied && inPeriod.equals(quarter)) {
                // present even when nothing was recorded in it, as a quarter read live is
                result.put(bucketOf(quarter.from()), new VisitFacts());
                wholeQuarters.add(bucketOf(quarter.from()));
            } else {
                result.put(bucketOf(quarter.from()), periodFacts(inPeriod));
            }
        }
        if (!wholeQuarters.isEmpty()) {
            jdbc.sql("SELECT period_index, " + TALLIED + " FROM visit_tally WHERE period_kind = 'Q' AND period_index "
                    + "BETWEEN ? AND ? GROUP BY period_index, sector, tier, " + TALLY_KEY)
                    .params(wholeQuarters.getFirst(), wholeQuarters.getLast()).query(rs -> {
                        tallied(result.computeIfAbsent(rs.getInt(1), b -> new VisitFacts()), rs, 2, true);
                    });
        }
        return result;
    }

    private VisitFacts periodFacts(DatePeriod period) {
        TallyPeriods split = tally.splitToQuietEnd(period.from(), period.to());
        VisitFacts facts = new VisitFacts();
        if (split.whole().isEmpty()) {
            live(facts, split.live(), true);
            return facts;
        }
        jdbc.sql("SELECT " + TALLIED + " FROM visit_tally WHERE " + split.condition("")
                + " GROUP BY sector, tier, " + TALLY_KEY).query(rs -> {
                    tallied(facts, rs, 1, split.isOneTallyPeriod());
                });
        if (!split.live().isEmpty()) {
            live(facts, split.live(), false);
        }
        if (!split.isOneTallyPeriod()) {
            reach(facts, split);
        }
        return facts;
    }

    /** One row of {@link #TALLIED} from column {@code first} on; the distinct counts only when they may be summed. */
    private static void tallied(VisitFacts facts, ResultSet rs, int first, boolean withReach) throws SQLException {
        facts.addBusinesses(rs.getString(first), rs.getString(first + 1), rs.getBoolean(first + 2),
                rs.getLong(first + 3), withReach ? rs.getLong(first + 4) : 0, withReach ? rs.getLong(first + 5) : 0);
        BigDecimal hours = rs.getBigDecimal(first + 6);
        // The tally stores 0 where no visit recorded hours; live, that is "no hours" (null), so it is here too.
        if (hours != null && hours.signum() > 0) {
            facts.addRated(null, 0, hours);
        }
        for (int rating = 1; rating <= 5; rating++) {
            long count = rs.getLong(first + 6 + rating);
            if (count > 0) {
                facts.addRated(rating, count, null);
            }
        }
    }

    /**
     * The completed visits of some runs of days, in two passes over the covering index (changelog 051): per
     * business, then joined to the businesses once, for the visit mix, visits, reach and key companies; and per
     * rating, for hours and ratings. The reach is taken only when these days are the whole period.
     */
    private void live(VisitFacts facts, List<TallyPeriods.Days> runs, boolean withReach) {
        Map<String, Object> days = new LinkedHashMap<>();
        String inRuns = runs(runs, days);
        jdbc.sql("SELECT COALESCE(b.sector, '" + Categories.NONE + "'), COALESCE(b.tier, '" + Categories.NONE
                + "'), " + BUSINESS_KEY + ", SUM(c.visits), COUNT(*), SUM(CASE WHEN c.visits > 0 THEN 1 ELSE 0 END) "
                + "FROM "
                + "(SELECT v.business_id, SUM(CASE WHEN v.interaction = FALSE THEN 1 ELSE 0 END) AS visits FROM "
                + "visit v WHERE v.status = 'COMPLETED' AND " + inRuns + " GROUP BY v.business_id) c JOIN business b "
                + "ON b.id = c.business_id GROUP BY b.sector, b.tier, " + BUSINESS_KEY).params(days).query(rs -> {
                    facts.addBusinesses(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4),
                            withReach ? rs.getLong(5) : 0, withReach ? rs.getLong(6) : 0);
                });
        jdbc.sql("SELECT v.satisfaction, COUNT(*), SUM(v.duration_hours) FROM visit v WHERE v.status = 'COMPLETED' "
                + "AND " + inRuns + " GROUP BY v.satisfaction").params(days).query(rs -> {
                    facts.addRated(rs.getObject(1, Integer.class), rs.getLong(2), rs.getBigDecimal(3));
                });
    }

    /**
     * Businesses reached and key companies visited over tally periods and live days together: each business once,
     * from its rows of the finest kind the whole part needs and its visits on the live days.
     */
    private void reach(VisitFacts facts, TallyPeriods split) {
        Map<String, Object> days = new LinkedHashMap<>();
        int[] range = split.finestRange();
        days.put("kind", String.valueOf(split.finestKind()));
        days.put("first", range[0]);
        days.put("last", range[1]);
        String liveVisits = split.live().isEmpty() ? "" : " UNION ALL SELECT v.business_id, CASE WHEN v.interaction "
                + "= FALSE THEN 1 ELSE 0 END FROM visit v WHERE v.status = 'COMPLETED' AND " + runs(split.live(), days);
        jdbc.sql("SELECT " + BUSINESS_KEY + ", COUNT(*), SUM(CASE WHEN u.visits > 0 THEN 1 ELSE 0 END) FROM (SELECT "
                + "x.business_id, SUM(x.visits) AS visits FROM (SELECT t.business_id, t.visits FROM "
                + "visit_business_tally t WHERE t.period_kind = :kind AND t.period_index BETWEEN :first AND :last"
                + liveVisits + ") x GROUP BY x.business_id) u JOIN business b ON b.id = u.business_id GROUP BY "
                + BUSINESS_KEY).params(days).query(rs -> {
                    facts.addBusinesses(Categories.NONE, Categories.NONE, rs.getBoolean(1), 0, rs.getLong(2),
                            rs.getLong(3));
                });
    }

    /** "(v.visit_date BETWEEN :d0 AND :d1 OR …)" for the runs of days, their dates put in {@code params}. */
    static String runs(List<TallyPeriods.Days> runs, Map<String, Object> params) {
        List<String> ranges = new ArrayList<>();
        for (TallyPeriods.Days run : runs) {
            String from = "d" + params.size();
            params.put(from, run.from());
            String to = "d" + params.size();
            params.put(to, run.to());
            ranges.add("v.visit_date BETWEEN :" + from + " AND :" + to);
        }
        return "(" + String.join(" OR ", ranges) + ")";
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
        return jdbc.sql("SELECT COUNT(*) FROM business WHERE key_company = TRUE AND status = 'ACTIVE' "
                + "AND archived_at IS NULL")
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
