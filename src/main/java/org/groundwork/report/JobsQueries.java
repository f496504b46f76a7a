package org.groundwork.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.opportunity.OpportunityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Won and lost opportunities by kind, closed (actual date) within the period. */
@Component
@RequiredArgsConstructor
class JobsQueries {

    private final JdbcClient jdbc;

    List<JobsRow> byKind(ReportFilter filter, ZoneId zone) {
        BusinessScope scope = BusinessScope.of(filter);
        String won = "case when o.stage = 'WON' then ";
        return jdbc.sql("select o.type, sum(" + won + "1 else 0 end), sum(case when o.stage = 'LOST' then 1 else 0"
                        + " end), coalesce(sum(" + won + "o.projected_jobs end), 0), coalesce(sum(" + won
                        + "o.realized_jobs end), 0), coalesce(sum(" + won + "o.retained_jobs end), 0),"
                        + " coalesce(sum(" + won + "o.capital_investment end), 0), coalesce(sum(" + won
                        + "o.realized_investment end), 0) from opportunity o join business b on b.id = o.business_id"
                        + " where o.stage in ('WON', 'LOST') and o.actual_date between :from and :to and "
                        + scope.condition() + " group by o.type order by o.type")
                .params(scope.with(filter.period(), zone))
                .query((rs, row) -> new JobsRow(OpportunityType.valueOf(rs.getString(1)).label(), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), money(rs.getBigDecimal(7)),
                        money(rs.getBigDecimal(8))))
                .list();
    }

    /** Money with cents, whatever scale the database gives a sum over no rows. */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
