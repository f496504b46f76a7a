package org.groundwork.plan;

import static org.groundwork.plan.DriftSql.bucketOf;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.KeyCompanies;
import org.groundwork.visit.tally.TallyPeriods;
import org.groundwork.visit.tally.TallyReadiness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything drift reads from completed visits. Whole years, quarters and months come from the visit tally
 * (decision 022): a year is a few hundred cells, not a year of visits. The days of a period that make no whole
 * month are read live, with the same two passes as before the tally (decision 021): visits counted per business and
 * joined to the businesses once, then hours and ratings per rating. Businesses reached and key companies visited
 * are distinct counts: the cells hold them per tally period, so a period of one tally period reads them there and
 * any other reads the businesses' rows of the finest kind it needs plus its live days, counted once per business.
 * The trend's quarters read the quarter cells, all in one query. Until the tally is ready ({@link TallyReadiness})
 * every period and quarter is read live.
 */
@Component
@RequiredArgsConstructor
class DriftVisitFigures {

    /** The key-company mark of a tally cell and of a business: whether the share of key companies counts it. */
    private static final String TALLY_KEY = "CASE WHEN " + KeyCompanies.activeInTally("") + " THEN TRUE ELSE FALSE END";
    private static final String BUSINESS_KEY = "CASE WHEN " + KeyCompanies.ACTIVE + " THEN TRUE ELSE FALSE END";

    /** What the cells of a period's tally periods add up to, per sector, tier and key-company mark. */
    private static final String TALLIED = "sector, tier, " + TALLY_KEY + ", SUM(visits), SUM(businesses_contacted), "
            + "SUM(businesses_visited), SUM(hours), SUM(rated_1), SUM(rated_2), SUM(rated_3), SUM(rated_4), "
            + "SUM(rated_5)";

    private final JdbcClient jdbc;
    private final TallyReadiness tally;

    /**
     * The visit figures of a whole period (bucket 0) or of each quarter it touches (by {@link DriftSql#bucketOf}; a
     * quarter with nothing recorded is present, with nothing in it).
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
            live(facts, split, true);
            return facts;
        }
        jdbc.sql("SELECT " + TALLIED + " FROM visit_tally WHERE " + split.condition("")
                + " GROUP BY sector, tier, " + TALLY_KEY).query(rs -> {
                    tallied(facts, rs, 1, split.isOneTallyPeriod());
                });
        if (!split.live().isEmpty()) {
            live(facts, split, false);
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
     * The completed visits of a split's live days, in two passes over the covering index (changelog 051): per
     * business, then joined to the businesses once, for the visit mix, visits, reach and key companies; and per
     * rating, for hours and ratings. The reach is taken only when these days are the whole period.
     */
    private void live(VisitFacts facts, TallyPeriods split, boolean withReach) {
        Map<String, Object> days = new LinkedHashMap<>();
        String inRuns = split.liveCondition("v.", days);
        jdbc.sql("SELECT COALESCE(b.sector, '" + Categories.NONE + "'), COALESCE(b.tier, '" + Categories.NONE
                + "'), " + BUSINESS_KEY + ", SUM(c.visits), COUNT(*), SUM(CASE WHEN c.visits > 0 THEN 1 ELSE 0 END) "
                + "FROM "
                + "(SELECT v.business_id, SUM(CASE WHEN v.interaction = FALSE THEN 1 ELSE 0 END) AS visits FROM "
                + "visit v WHERE " + inRuns + " GROUP BY v.business_id) c JOIN business b "
                + "ON b.id = c.business_id GROUP BY b.sector, b.tier, " + BUSINESS_KEY).params(days).query(rs -> {
                    facts.addBusinesses(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4),
                            withReach ? rs.getLong(5) : 0, withReach ? rs.getLong(6) : 0);
                });
        jdbc.sql("SELECT v.satisfaction, COUNT(*), SUM(v.duration_hours) FROM visit v WHERE " + inRuns
                + " GROUP BY v.satisfaction").params(days).query(rs -> {
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
                + "= FALSE THEN 1 ELSE 0 END FROM visit v WHERE " + split.liveCondition("v.", days);
        jdbc.sql("SELECT " + BUSINESS_KEY + ", COUNT(*), SUM(CASE WHEN u.visits > 0 THEN 1 ELSE 0 END) FROM (SELECT "
                + "x.business_id, SUM(x.visits) AS visits FROM (SELECT t.business_id, t.visits FROM "
                + "visit_business_tally t WHERE t.period_kind = :kind AND t.period_index BETWEEN :first AND :last"
                + liveVisits + ") x GROUP BY x.business_id) u JOIN business b ON b.id = u.business_id GROUP BY "
                + BUSINESS_KEY).params(days).query(rs -> {
                    facts.addBusinesses(Categories.NONE, Categories.NONE, rs.getBoolean(1), 0, rs.getLong(2),
                            rs.getLong(3));
                });
    }
}
