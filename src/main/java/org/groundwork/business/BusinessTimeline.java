package org.groundwork.business;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One chronological story of a business, newest first: every {@link TimelineSource} other features contribute
 * (visits, flags, follow-ups, …) plus the business's own employee-count changes.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class BusinessTimeline {

    private final ObjectProvider<TimelineSource> sources;
    private final EmployeeCountRepository employeeCounts;
    private final Clock clock;

    public List<TimelineEntry> entriesFor(Long businessId, int limit) {
        return Stream.concat(sources.orderedStream().flatMap(source -> source.entriesFor(businessId, limit).stream()),
                        employeeChanges(businessId).stream())
                .sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(limit).toList();
    }

    /** Each dated count, described against the one before it ("up 5 from 40"). */
    private List<TimelineEntry> employeeChanges(Long businessId) {
        List<EmployeeCount> history = employeeCounts.findByBusinessIdOrderByAsOfDescIdDesc(businessId);
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            EmployeeCount count = history.get(i);
            String change = i + 1 < history.size() ? change(history.get(i + 1).getEmployees(), count.getEmployees())
                    : "first count on record";
            String source = count.getSource() == null ? "" : " · from " + count.getSource();
            entries.add(new TimelineEntry(count.getAsOf().atStartOfDay(clock.getZone()).toInstant(), "Employees",
                    count.getEmployees() + " employees", change + source, null));
        }
        return entries;
    }

    private static String change(int before, int after) {
        if (after == before) {
            return "unchanged from " + before;
        }
        return (after > before ? "up " + (after - before) : "down " + (before - after)) + " from " + before;
    }
}
