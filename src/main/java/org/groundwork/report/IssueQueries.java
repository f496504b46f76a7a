package org.groundwork.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.Sector;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.IssueStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every macro-issue, hottest first, with the businesses linked to it (within the report's business filters)
 * counted by sector and its action items done against open. Counts only: the report names no business.
 */
@Component
@RequiredArgsConstructor
class IssueQueries {

    private final JdbcClient jdbc;

    List<IssueRow> issues(ReportFilter filter, ZoneId zone) {
        BusinessScope scope = BusinessScope.of(filter);
        Map<String, Object> p = scope.with(filter.period(), zone);
        Map<Long, Map<String, Long>> sectors = new HashMap<>();
        jdbc.sql("select l.issue_id, coalesce(b.sector, ''), count(*) from issue_business_link l"
                        + " join business b on b.id = l.business_id where " + scope.condition()
                        + " group by l.issue_id, coalesce(b.sector, '') order by count(*) desc")
                .params(p).query((rs, row) -> sectors.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3))).list();
        Map<Long, long[]> actions = new HashMap<>();
        jdbc.sql("select a.issue_id, sum(case when a.status = 'DONE' then 1 else 0 end),"
                        + " sum(case when a.status in ('OPEN', 'IN_PROGRESS') then 1 else 0 end)"
                        + " from issue_action_item a group by a.issue_id")
                .query((rs, row) -> actions.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        return jdbc.sql("select i.id, i.title, i.category, i.status, i.heat_score from macro_issue i"
                        + " order by i.heat_score desc, i.id")
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    Map<String, Long> bySector = sectors.getOrDefault(id, Map.of());
                    long[] done = actions.getOrDefault(id, new long[2]);
                    return new IssueRow(id, rs.getString(2), IssueCategory.valueOf(rs.getString(3)).label(),
                            IssueStatus.valueOf(rs.getString(4)).label(), rs.getLong(5),
                            bySector.values().stream().mapToLong(Long::longValue).sum(), describe(bySector),
                            done[0], done[1]);
                }).list();
    }

    private static String describe(Map<String, Long> bySector) {
        List<String> parts = new ArrayList<>();
        bySector.forEach((sector, count) -> parts.add(count + " " + (sector.isEmpty() ? "without sector"
                : Sector.valueOf(sector).label())));
        return String.join(", ", parts);
    }
}
