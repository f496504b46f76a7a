package org.groundwork.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.Sector;
import org.groundwork.security.StaffDirectory;

/** Builds the visit activity lines: by staff member (for staff, only their own), by sector, and the total. */
@RequiredArgsConstructor
final class VisitActivity {

    private final ActivityQueries queries;
    private final StaffDirectory staff;
    private final ZoneId zone;

    /** @param onlyStaffId the staff member to show alone (a staff reader), or null for everyone */
    List<ActivityRow> rows(ReportFilter filter, Long onlyStaffId) {
        Period compared = filter.comparisonPeriod();
        List<ActivityRow> rows = new ArrayList<>();
        Map<String, ActivityQueries.Counts> byStaff = queries.byStaff(filter, filter.period(), zone);
        Map<String, ActivityQueries.Counts> staffBefore = compared == null ? Map.of()
                : queries.byStaff(filter, compared, zone);
        Map<Long, String> names = staff.namesOf(byStaff.keySet().stream().map(Long::valueOf).toList());
        List<String> staffKeys = byStaff.keySet().stream()
                .filter(id -> onlyStaffId == null || onlyStaffId.toString().equals(id))
                .sorted((a, b) -> names.getOrDefault(Long.valueOf(a), "").compareTo(names.getOrDefault(
                        Long.valueOf(b), ""))).toList();
        add(rows, ActivityRow.BY_STAFF, staffKeys, byStaff, staffBefore, compared,
                id -> names.getOrDefault(Long.valueOf(id), "Unknown"));
        Map<String, ActivityQueries.Counts> bySector = queries.bySector(filter, filter.period(), zone);
        Map<String, ActivityQueries.Counts> sectorBefore = compared == null ? Map.of()
                : queries.bySector(filter, compared, zone);
        add(rows, ActivityRow.BY_SECTOR, bySector.keySet().stream().sorted().toList(), bySector, sectorBefore,
                compared, key -> key.isEmpty() ? "No sector" : Sector.valueOf(key).label());
        ActivityQueries.Counts total = queries.total(filter, filter.period(), zone);
        rows.add(new ActivityRow(ActivityRow.TOTAL, "All staff", total.visits(), total.businesses(), total.hours(),
                compared == null ? null : queries.total(filter, compared, zone).visits()));
        return rows;
    }

    private static void add(List<ActivityRow> rows, String grouping, List<String> keys,
                            Map<String, ActivityQueries.Counts> now, Map<String, ActivityQueries.Counts> before,
                            Period compared, Function<String, String> name) {
        for (String key : keys) {
            ActivityQueries.Counts counts = now.get(key);
            ActivityQueries.Counts earlier = before.get(key);
            rows.add(new ActivityRow(grouping, name.apply(key), counts.visits(), counts.businesses(), counts.hours(),
                    compared == null ? null : earlier == null ? 0L : earlier.visits()));
        }
    }
}
