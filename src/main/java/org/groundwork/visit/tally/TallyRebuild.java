package org.groundwork.visit.tally;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The whole tally from the visits in five statements of portable SQL: months per business from the completed
 * visits (counted per business first, then joined to the businesses once each, as decision 021 found fastest),
 * quarters and years rolled up from the months, and the cells summed from the business rows.
 */
@Component
@RequiredArgsConstructor
class TallyRebuild {

    private static final String COLUMNS = "business_id, period_kind, period_index, sector, tier, key_company, "
            + "owner_id, archived, active, contacts, visits, hours, rated_1, rated_2, rated_3, rated_4, rated_5";
    private static final String DIMENSIONS = "sector, tier, key_company, owner_id, archived, active";
    private static final String MONTH = "YEAR(v.visit_date) * 12 + MONTH(v.visit_date) - 1";

    private final JdbcClient jdbc;

    void rebuild() {
        jdbc.sql("DELETE FROM visit_tally").update();
        jdbc.sql("DELETE FROM visit_business_tally").update();
        jdbc.sql("INSERT INTO visit_business_tally (" + COLUMNS + ") SELECT c.business_id, 'M', c.month_index, "
                + "COALESCE(b.sector, '" + BusinessRows.NONE + "'), COALESCE(b.tier, '" + BusinessRows.NONE + "'), "
                + "b.key_company, COALESCE(b.owner_id, 0), CASE WHEN b.archived_at IS NULL THEN FALSE ELSE TRUE END, "
                + "CASE WHEN b.status = 'ACTIVE' THEN TRUE ELSE FALSE END, c.contacts, c.visits, c.hours, c.rated_1, "
                + "c.rated_2, c.rated_3, c.rated_4, c.rated_5 FROM (SELECT v.business_id, " + MONTH + " AS "
                + "month_index, COUNT(*) AS contacts, SUM(CASE WHEN v.interaction = FALSE THEN 1 ELSE 0 END) AS "
                + "visits, COALESCE(SUM(v.duration_hours), 0) AS hours, " + rated("v.satisfaction")
                + " FROM visit v WHERE v.status = 'COMPLETED' GROUP BY v.business_id, " + MONTH + ") c JOIN "
                + "business b ON b.id = c.business_id").update();
        rollUp('Q', 3);
        rollUp('Y', 12);
        jdbc.sql("INSERT INTO visit_tally (period_kind, period_index, " + DIMENSIONS + ", contacts, visits, hours, "
                + "rated_1, rated_2, rated_3, rated_4, rated_5, businesses_contacted, businesses_visited) SELECT "
                + "period_kind, period_index, " + DIMENSIONS + ", SUM(contacts), SUM(visits), SUM(hours), "
                + "SUM(rated_1), SUM(rated_2), SUM(rated_3), SUM(rated_4), SUM(rated_5), COUNT(*), SUM(CASE WHEN "
                + "visits > 0 THEN 1 ELSE 0 END) FROM visit_business_tally GROUP BY period_kind, period_index, "
                + DIMENSIONS).update();
    }

    /** Quarter (3 months) or year (12 months) rows from the month rows: index = month index ÷ months, rounded down. */
    private void rollUp(char kind, int months) {
        String index = "FLOOR(period_index / " + months + ")";
        jdbc.sql("INSERT INTO visit_business_tally (" + COLUMNS + ") SELECT business_id, '" + kind + "', " + index
                + ", " + DIMENSIONS + ", SUM(contacts), SUM(visits), SUM(hours), SUM(rated_1), SUM(rated_2), "
                + "SUM(rated_3), SUM(rated_4), SUM(rated_5) FROM visit_business_tally WHERE period_kind = 'M' GROUP BY "
                + "business_id, " + index + ", " + DIMENSIONS).update();
    }

    private static String rated(String column) {
        StringBuilder sums = new StringBuilder();
        for (int rating = 1; rating <= 5; rating++) {
            sums.append(rating > 1 ? ", " : "").append("SUM(CASE WHEN ").append(column).append(" = ").append(rating)
                    .append(" THEN 1 ELSE 0 END) AS rated_").append(rating);
        }
        return sums.toString();
    }
}
