package org.groundwork.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.groundwork.business.Sector;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Red and yellow flags open at the end of the period (raised by then, not resolved by then), red first, oldest
 * first, each with the earliest open follow-up of its business. Rows are read off the database cursor as the
 * report fills ({@link StreamingReads}), so a long report never holds them all.
 */
@Component
class AtRiskQueries {

    private static final String SQL = "select b.id, b.legal_name, b.sector, u.full_name, f.colour, f.message,"
            + " f.raised_at, (select fu.description from follow_up fu where fu.business_id = b.id"
            + " and fu.status in ('OPEN', 'ACKNOWLEDGED') order by fu.due_date, fu.id limit 1),"
            + " (select min(fu.due_date) from follow_up fu where fu.business_id = b.id"
            + " and fu.status in ('OPEN', 'ACKNOWLEDGED'))"
            + " from flag f join business b on b.id = f.business_id left join user_account u on u.id = b.owner_id"
            + " where f.raised_at < :end and (f.resolved_at is null or f.resolved_at >= :end) and ";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    AtRiskQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = StreamingReads.client(dataSource);
    }

    /** Open flags per sector (the most first), red and yellow apart. */
    List<SectorFlags> bySector(ReportFilter filter, ZoneId zone) {
        BusinessScope scope = BusinessScope.of(filter);
        return jdbc.sql("select b.sector, coalesce(sum(case when f.colour = 'RED' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when f.colour = 'RED' then 0 else 1 end), 0) from flag f"
                        + " join business b on b.id = f.business_id where f.raised_at < :end"
                        + " and (f.resolved_at is null or f.resolved_at >= :end) and " + scope.condition()
                        + " group by b.sector order by count(*) desc, b.sector")
                .params(scope.with(filter.period(), zone))
                .query((rs, row) -> new SectorFlags(sectorLabel(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    private static String sectorLabel(String sector) {
        return sector == null ? "No sector" : Sector.valueOf(sector).label();
    }

    <T> T read(ReportFilter filter, LocalDate today, ZoneId zone, Function<Iterator<AtRiskRow>, T> reader) {
        BusinessScope scope = BusinessScope.of(filter);
        Map<String, Object> p = scope.with(filter.period(), zone);
        LocalDate asOf = filter.period().to().isAfter(today) ? today : filter.period().to();
        String order = " order by case when f.colour = 'RED' then 0 else 1 end, f.raised_at, f.id";
        return streaming.sql(SQL + scope.condition() + order).params(p)
                .query((ResultSetExtractor<T>) rs -> reader.apply(new ResultSetIterator<>(rs, () -> {
                    LocalDate raised = rs.getObject(7, LocalDateTime.class).atOffset(ZoneOffset.UTC)
                            .atZoneSameInstant(zone).toLocalDate();
                    return new AtRiskRow(rs.getLong(1), rs.getString(2), sectorLabel(rs.getString(3)),
                            rs.getString(4) == null ? "Nobody" : rs.getString(4),
                            "RED".equals(rs.getString(5)) ? "Red" : "Yellow", rs.getString(6),
                            (int) ChronoUnit.DAYS.between(raised, asOf), rs.getString(8),
                            rs.getObject(9, LocalDate.class));
                })));
    }
}
