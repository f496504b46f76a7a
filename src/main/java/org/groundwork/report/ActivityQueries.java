package org.groundwork.report;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Completed visits counted by lead staff member, by sector and in total. */
@Component
@RequiredArgsConstructor
class ActivityQueries {

    private final JdbcClient jdbc;

    /** Group key (staff id or sector name; "" for the total) → counts, in the order the database sorts names. */
    Map<String, Counts> byStaff(ReportFilter filter, Period period, ZoneId zone) {
        return grouped("v.lead_staff_id", filter, period, zone);
    }

    Map<String, Counts> bySector(ReportFilter filter, Period period, ZoneId zone) {
        return grouped("coalesce(b.sector, '')", filter, period, zone);
    }

    Counts total(ReportFilter filter, Period period, ZoneId zone) {
        return grouped("'total'", filter, period, zone).getOrDefault("total", new Counts(0, 0, BigDecimal.ZERO));
    }

    private Map<String, Counts> grouped(String key, ReportFilter filter, Period period, ZoneId zone) {
        BusinessScope scope = BusinessScope.of(filter);
        Map<String, Counts> result = new LinkedHashMap<>();
        jdbc.sql("select " + key + ", count(*), count(distinct v.business_id), coalesce(sum(v.duration_hours), 0)"
                        + " from visit v join business b on b.id = v.business_id where v.status = 'COMPLETED'"
                        + " and v.visit_date between :from and :to and " + scope.condition() + " group by " + key)
                .params(scope.with(period, zone))
                .query((rs, row) -> result.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3),
                        rs.getBigDecimal(4)))).list();
        return result;
    }

    record Counts(long visits, long businesses, BigDecimal hours) {
    }
}
