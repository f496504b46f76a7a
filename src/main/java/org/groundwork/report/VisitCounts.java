package org.groundwork.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import org.groundwork.visit.tally.TallyPeriods;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Completed visits and how many got each satisfaction score, summed over a span's tally cells or counted over its
 * live edge days: the parts that add up across the span (distinct businesses do not, see
 * {@link RetentionQueries}).
 */
record VisitCounts(long visits, long[] rated) {

    private static final String RATED = "coalesce(sum(t.rated_1), 0), coalesce(sum(t.rated_2), 0),"
            + " coalesce(sum(t.rated_3), 0), coalesce(sum(t.rated_4), 0), coalesce(sum(t.rated_5), 0)";

    static VisitCounts tallied(JdbcClient jdbc, TallyPeriods span, BusinessScope scope, Map<String, Object> p) {
        if (span.whole().isEmpty()) {
            return new VisitCounts(0, new long[5]);
        }
        return jdbc.sql("select coalesce(sum(t.contacts), 0), " + RATED + " from visit_tally t where "
                + span.condition("t.") + " and " + scope.tallyCondition()).params(p).query((rs, row) -> read(rs))
                .single();
    }

    static VisitCounts live(JdbcClient jdbc, TallyPeriods span, BusinessScope scope, Map<String, Object> p) {
        if (span.live().isEmpty()) {
            return new VisitCounts(0, new long[5]);
        }
        StringBuilder rated = new StringBuilder();
        for (int score = 1; score <= 5; score++) {
            rated.append(", coalesce(sum(case when v.satisfaction = ").append(score).append(" then 1 else 0 end), 0)");
        }
        return jdbc.sql("select count(*)" + rated + " from visit v join business b on b.id = v.business_id where "
                + span.liveCondition("v.", p) + " and " + scope.condition()).params(p).query((rs, row) -> read(rs))
                .single();
    }

    private static VisitCounts read(java.sql.ResultSet rs) throws java.sql.SQLException {
        long[] rated = new long[5];
        for (int i = 0; i < 5; i++) {
            rated[i] = rs.getLong(i + 2);
        }
        return new VisitCounts(rs.getLong(1), rated);
    }

    VisitCounts plus(VisitCounts other) {
        long[] sum = new long[5];
        for (int i = 0; i < 5; i++) {
            sum[i] = rated[i] + other.rated[i];
        }
        return new VisitCounts(visits + other.visits, sum);
    }

    /** Score (1 to 5) to how many visits got it. */
    Map<Integer, Long> ratings() {
        Map<Integer, Long> counts = new TreeMap<>();
        for (int score = 1; score <= 5; score++) {
            counts.put(score, rated[score - 1]);
        }
        return counts;
    }

    /** The mean score of the rated visits to two places, null when none was rated. */
    BigDecimal averageRating() {
        long count = 0;
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            count += rated[score - 1];
            sum += score * rated[score - 1];
        }
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
