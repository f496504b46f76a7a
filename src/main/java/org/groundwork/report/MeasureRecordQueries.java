package org.groundwork.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.KeyCompanies;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records each retention summary figure counts, with the same conditions as {@link RetentionQueries}, a page
 * at a time, so a dashboard figure opens exactly the rows that make it.
 */
@Component
@RequiredArgsConstructor
class MeasureRecordQueries {

    private static final String COMPLETED_VISITS = " from visit v join business b on b.id = v.business_id"
            + " where v.status = 'COMPLETED' and v.visit_date between :from and :to and ";
    private static final String VISITS = "select v.id, v.visit_date, b.legal_name, v.satisfaction" + COMPLETED_VISITS;
    private static final String VISITED = "select b.id, max(v.visit_date), b.legal_name, count(*)" + COMPLETED_VISITS;
    private static final String KEY_COMPANIES = "select b.id, (select max(v.visit_date) from visit v"
            + " where v.business_id = b.id and v.status = 'COMPLETED' and v.interaction = false"
            + " and v.visit_date between :from and :to) d,"
            + " b.legal_name from business b where " + KeyCompanies.ACTIVE + " and ";
    private static final String FLAGS = "select b.id, f.%1$s, b.legal_name, f.colour, f.message, f.raised_at,"
            + " f.resolved_at from flag f join business b on b.id = f.business_id"
            + " where f.%1$s >= :start and f.%1$s < :end and ";
    private static final String WON = "select o.id, o.actual_date, b.legal_name, o.title, o.realized_jobs,"
            + " o.retained_jobs, o.realized_investment from opportunity o join business b on b.id = o.business_id"
            + " where o.stage = 'WON' and o.actual_date between :from and :to and ";

    private final JdbcClient jdbc;

    List<MeasureRecord> records(ProgramMeasure measure, ReportFilter filter, ZoneId zone, int offset, int limit) {
        BusinessScope scope = BusinessScope.of(filter);
        Map<String, Object> p = scope.with(filter.period(), zone);
        p.put("offset", offset);
        p.put("limit", limit);
        String where = scope.condition();
        return switch (measure) {
            case VISITS, SATISFACTION -> page(VISITS + where + (measure == ProgramMeasure.SATISFACTION
                    ? " and v.satisfaction is not null" : "") + " order by v.visit_date, v.id", p,
                    (rs, row) -> new MeasureRecord("visits/" + rs.getLong(1), rs.getObject(2, LocalDate.class),
                            rs.getString(3), rs.getObject(4) == null ? "Not rated" : "Rated " + rs.getInt(4) + " of 5"));
            case BUSINESSES_REACHED, JOBS_GAINED_AT_VISITED, JOBS_LOST_AT_VISITED -> page(VISITED + where
                    + " group by b.id, b.legal_name order by b.legal_name, b.id", p, (rs, row) -> new MeasureRecord(
                    "businesses/" + rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                    rs.getLong(4) + " completed visits; last one on this day"));
            case KEY_COMPANIES_VISITED -> page(KEY_COMPANIES + where + " order by b.legal_name, b.id", p,
                    (rs, row) -> new MeasureRecord("businesses/" + rs.getLong(1), rs.getObject(2, LocalDate.class),
                            rs.getString(3), rs.getObject(2) == null ? "Key company not visited in the period"
                            : "Key company visited"));
            case FLAGS_RAISED -> page(FLAGS.formatted("raised_at") + where + " order by f.raised_at, f.id", p,
                    (rs, row) -> flag(rs, zone));
            case FLAGS_RESOLVED, FLAGS_RESOLVED_IN_STANDARD -> page(FLAGS.formatted("resolved_at") + where
                    + " order by f.resolved_at, f.id", p, (rs, row) -> flag(rs, zone));
            case JOBS_CREATED, JOBS_RETAINED, INVESTMENT -> page(WON + where + " order by o.actual_date, o.id", p,
                    (rs, row) -> won(rs));
        };
    }

    private List<MeasureRecord> page(String sql, Map<String, Object> p, RowMapper<MeasureRecord> mapper) {
        return jdbc.sql(sql + " limit :limit offset :offset").params(p).query(mapper).list();
    }

    private static MeasureRecord won(ResultSet rs) throws SQLException {
        BigDecimal invested = rs.getBigDecimal(7);
        return new MeasureRecord("opportunities/" + rs.getLong(1), rs.getObject(2, LocalDate.class),
                rs.getString(3), rs.getString(4) + ": " + rs.getLong(5) + " jobs created, " + rs.getLong(6)
                + " retained, $" + (invested == null ? "0" : JobsQueries.money(invested).toPlainString())
                + " invested");
    }

    /** A flag on the day of the column the period selects, with how long it took to resolve. */
    private static MeasureRecord flag(ResultSet rs, ZoneId zone) throws SQLException {
        Timestamp resolved = rs.getTimestamp(7);
        String took = resolved == null ? "open" : "resolved after " + Duration.between(
                rs.getTimestamp(6).toLocalDateTime(), resolved.toLocalDateTime()).toDays() + " days";
        return new MeasureRecord("businesses/" + rs.getLong(1), day(rs.getTimestamp(2), zone), rs.getString(3),
                rs.getString(4) + " flag: " + rs.getString(5) + " (" + took + ")");
    }

    /** Instants are stored in UTC; the records show the program's day. */
    private static LocalDate day(Timestamp utc, ZoneId zone) {
        return utc.toLocalDateTime().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
    }
}
