package org.groundwork.plan;

import static org.groundwork.plan.DriftSql.COMPLETED_VISIT;
import static org.groundwork.plan.DriftSql.FLAG_RESOLVED;
import static org.groundwork.plan.DriftSql.FOLLOW_UP_DONE;
import static org.groundwork.plan.DriftSql.FOLLOW_UP_ON_TIME;
import static org.groundwork.plan.DriftSql.WON;
import static org.groundwork.plan.DriftSql.bind;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.KeyCompanies;
import org.groundwork.visit.tally.TallyPeriods;
import org.groundwork.visit.tally.TallyReadiness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records behind each drift figure, a page at a time, under the same conditions as the aggregates in
 * {@link DriftQueries} and {@link DriftVisitFigures} (the pieces of {@link DriftSql}): the visits of a sector or tier,
 * an activity's time entries, the opportunities won, the flags resolved, the follow-ups done and the key companies
 * visited in the period.
 */
@Component
@RequiredArgsConstructor
class DriftRecordQueries {

    private static final String NAME = "COALESCE(b.trade_name, b.legal_name)";

    private final JdbcClient jdbc;
    private final TallyReadiness tally;

    /**
     * The completed visits behind a figure, newest first: of a sector or tier (category), or with {@code dimension}
     * null every visit (not lighter contacts); for {@link Dimension#TIME} every completed contact with hours.
     */
    List<VisitRecord> visits(DatePeriod period, Dimension dimension, String category, int offset, int limit) {
        return bind(jdbc.sql("SELECT v.id, v.visit_date, " + NAME + ", b.sector, b.tier, v.duration_hours FROM "
                + "visit v JOIN business b ON b.id = v.business_id WHERE " + visitFilter(dimension) + categoryFilter(
                dimension, category) + " ORDER BY v.visit_date DESC, v.id DESC LIMIT :limit OFFSET :offset"), period)
                .param("category", category).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new VisitRecord(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBigDecimal(6))).list();
    }

    /**
     * How many visits {@link #visits} pages through. Visits of a sector, a tier or all of them are counted under
     * the same conditions as the drift figures (decision 024): whole years, quarters and months from the visit
     * tally's cells, the leftover days live, a sector's or tier's counted per business first and only then joined
     * to the businesses. Visits with hours (the time dimension) are not in the tally and are counted live.
     */
    long countVisits(DatePeriod period, Dimension dimension, String category) {
        if (dimension == Dimension.TIME) {
            return bind(jdbc.sql("SELECT COUNT(*) FROM visit v WHERE " + visitFilter(dimension)), period)
                    .query(Long.class).single();
        }
        TallyPeriods split = tally.split(period.from(), period.to());
        long count = 0;
        if (!split.whole().isEmpty()) {
            count += jdbc.sql("SELECT COALESCE(SUM(visits), 0) FROM visit_tally WHERE " + split.condition(
                    "") + cellFilter(dimension)).param("category", category).query(Long.class).single();
        }
        if (!split.live().isEmpty()) {
            Map<String, Object> days = new LinkedHashMap<>();
            String inRuns = split.liveCondition("v.", days) + " AND v.interaction = FALSE";
            String sql = dimension == null ? "SELECT COUNT(*) FROM visit v WHERE " + inRuns
                    : "SELECT COALESCE(SUM(c.n), 0) FROM (SELECT v.business_id, COUNT(*) AS n FROM visit v WHERE "
                    + inRuns + " GROUP BY v.business_id) c JOIN business b ON b.id = c.business_id WHERE 1 = 1"
                    + categoryFilter(dimension, category);
            count += jdbc.sql(sql).params(days).param("category", category).query(Long.class).single();
        }
        return count;
    }

    /** A sector's or tier's cells; the tally writes a missing sector or tier as {@link Categories#NONE}. */
    private static String cellFilter(Dimension dimension) {
        return switch (dimension) {
            case SECTORS -> " AND sector = :category";
            case TIERS -> " AND tier = :category";
            case null, default -> "";
        };
    }

    private static String visitFilter(Dimension dimension) {
        return dimension == Dimension.TIME ? COMPLETED_VISIT + " AND v.duration_hours IS NOT NULL"
                : COMPLETED_VISIT + " AND v.interaction = FALSE";
    }

    private static String categoryFilter(Dimension dimension, String category) {
        if (dimension != Dimension.SECTORS && dimension != Dimension.TIERS) {
            return "";
        }
        String column = dimension == Dimension.SECTORS ? "b.sector" : "b.tier";
        return Categories.NONE.equals(category) ? " AND " + column + " IS NULL" : " AND " + column + " = :category";
    }

    /** The opportunities won in a period (what the jobs and investment KPIs add up), newest first. */
    List<OpportunityRecord> wonOpportunities(DatePeriod period, int offset, int limit) {
        return bind(jdbc.sql("SELECT o.id, o.actual_date, o.title, " + NAME + ", o.retained_jobs, o.realized_jobs, "
                + "COALESCE(o.realized_investment, o.capital_investment) FROM opportunity o JOIN business b ON b.id = "
                + "o.business_id WHERE " + WON + " ORDER BY o.actual_date DESC, o.id DESC LIMIT :limit OFFSET "
                + ":offset"), period).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new OpportunityRecord(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, Integer.class),
                        rs.getObject(6, Integer.class), rs.getBigDecimal(7))).list();
    }

    long countWonOpportunities(DatePeriod period) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM opportunity o WHERE " + WON), period).query(Long.class).single();
    }

    /** The time entries of one activity in a period, newest first. */
    List<TimeRecord> timeEntries(DatePeriod period, Activity activity, int offset, int limit) {
        return bind(jdbc.sql("SELECT t.id, t.entry_date, u.full_name, t.hours, t.note FROM time_entry t JOIN "
                + "user_account u ON u.id = t.staff_id WHERE t.entry_date BETWEEN :from AND :to AND t.activity = "
                + ":activity ORDER BY t.entry_date DESC, t.id DESC LIMIT :limit OFFSET :offset"), period)
                .param("activity", activity.name()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new TimeRecord(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5))).list();
    }

    long countTimeEntries(DatePeriod period, Activity activity) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM time_entry t WHERE t.entry_date BETWEEN :from AND :to AND "
                + "t.activity = :activity"), period).param("activity", activity.name()).query(Long.class).single();
    }

    /**
     * The records behind a rate KPI of the period, newest first: the flags resolved (met: within standard), the
     * follow-ups done (met: on time) or today's active key companies (met: visited in the period, not by a lighter
     * contact only), the ones not visited first.
     */
    List<FigureRecord> figureRecords(DatePeriod period, Kpi kpi, int offset, int limit) {
        return bind(jdbc.sql(figureSql(kpi) + " LIMIT :limit OFFSET :offset"), period).param("limit", limit)
                .param("offset", offset).query((rs, n) -> new FigureRecord(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(5))).list();
    }

    long countFigureRecords(DatePeriod period, Kpi kpi) {
        String from = switch (kpi) {
            case FLAGS_RESOLVED_ON_TIME -> "flag f WHERE " + FLAG_RESOLVED;
            case FOLLOW_UPS_ON_TIME -> "follow_up f WHERE " + FOLLOW_UP_DONE;
            case KEY_COMPANIES_VISITED -> "business b WHERE " + KeyCompanies.ACTIVE;
            default -> throw new IllegalArgumentException(kpi + " has no figure records");
        };
        return bind(jdbc.sql("SELECT COUNT(*) FROM " + from), period).query(Long.class).single();
    }

    private String figureSql(Kpi kpi) {
        return switch (kpi) {
            case FLAGS_RESOLVED_ON_TIME -> "SELECT b.id, " + NAME + ", CAST(f.resolved_at AS DATE), f.message, "
                    + "CASE WHEN " + FlagStandard.within("f", FlagStandard.days(jdbc)) + " THEN TRUE ELSE FALSE END "
                    + "FROM flag f JOIN business b ON b.id = f.business_id WHERE " + FLAG_RESOLVED
                    + " ORDER BY f.resolved_at DESC, f.id DESC";
            case FOLLOW_UPS_ON_TIME -> "SELECT b.id, " + NAME + ", CAST(f.closed_at AS DATE), f.description, CASE "
                    + "WHEN " + FOLLOW_UP_ON_TIME + " THEN TRUE ELSE FALSE END FROM follow_up f JOIN business b ON "
                    + "b.id = f.business_id WHERE " + FOLLOW_UP_DONE + " ORDER BY f.closed_at DESC, f.id DESC";
            case KEY_COMPANIES_VISITED -> "SELECT b.id, " + NAME + ", k.last_visit, NULL, CASE WHEN "
                    + "k.last_visit IS NULL THEN FALSE ELSE TRUE END FROM business b LEFT JOIN (SELECT v.business_id, "
                    + "MAX(v.visit_date) AS last_visit FROM visit v JOIN business kb ON kb.id = v.business_id AND "
                    + "kb.key_company = TRUE WHERE " + COMPLETED_VISIT + " AND v.interaction = FALSE GROUP BY "
                    + "v.business_id) k ON k.business_id = b.id WHERE " + KeyCompanies.ACTIVE + " ORDER BY CASE WHEN "
                    + "k.last_visit IS NULL THEN 0 ELSE 1 END, k.last_visit DESC, b.id";
            default -> throw new IllegalArgumentException(kpi + " has no figure records");
        };
    }
}
