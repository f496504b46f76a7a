package org.groundwork.visit.tally;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helper: both tally tables' full contents as text lines in key order, to compare one state with another. */
final class TallyTables {

    private static final String MEASURES = "contacts, visits, hours, rated_1, rated_2, rated_3, rated_4, rated_5";
    private static final String DIMENSIONS = "sector, tier, key_company, owner_id, archived, active";

    private TallyTables() {
    }

    static List<String> contents(JdbcClient jdbc) {
        List<String> lines = new ArrayList<>();
        lines.addAll(lines(jdbc, "SELECT business_id, period_kind, period_index, " + DIMENSIONS + ", " + MEASURES
                + " FROM visit_business_tally ORDER BY business_id, period_kind, period_index"));
        lines.addAll(lines(jdbc, "SELECT 'cell', period_kind, period_index, " + DIMENSIONS + ", " + MEASURES
                + ", businesses_contacted, businesses_visited FROM visit_tally ORDER BY period_kind, period_index, "
                + DIMENSIONS));
        return lines;
    }

    /** The rows of one business, for assertions on figures. */
    static List<String> ofBusiness(JdbcClient jdbc, Long businessId) {
        return lines(jdbc, "SELECT period_kind, period_index, " + DIMENSIONS + ", " + MEASURES
                + " FROM visit_business_tally WHERE business_id = " + businessId + " ORDER BY period_kind, "
                + "period_index");
    }

    private static List<String> lines(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query((rs, n) -> {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                if (value instanceof java.math.BigDecimal decimal) {
                    value = decimal.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
                } else if (value instanceof Boolean || value instanceof Number) {
                    value = bool(rs.getMetaData().getColumnLabel(i), value);
                }
                line.append(i > 1 ? " " : "").append(value);
            }
            return line.toString();
        }).list();
    }

    /** MariaDB gives booleans back as numbers: the same text on both databases. */
    private static Object bool(String column, Object value) {
        boolean flag = column.equalsIgnoreCase("key_company") || column.equalsIgnoreCase("archived")
                || column.equalsIgnoreCase("active");
        if (!flag) {
            return value instanceof Number number ? number.longValue() : value;
        }
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
