package org.groundwork.visit;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.business.TimelineEntry;
import org.groundwork.business.TimelineSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** Visits and logged calls, emails and events on the business timeline, read through the secured service. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class VisitTimeline implements TimelineSource {

    private final VisitService visits;

    @Override
    public List<TimelineEntry> entriesFor(Long businessId, int limit) {
        return visits.forBusiness(businessId, PageRequest.of(0, limit)).stream().map(VisitTimeline::entry).toList();
    }

    private static TimelineEntry entry(VisitRow row) {
        LocalTime time = row.time() == null ? LocalTime.NOON : row.time();
        String title = row.kindLabel() + " — " + row.status().label().toLowerCase();
        String detail = row.leadStaffName() + (row.summary() == null ? "" : ": " + row.summary());
        return new TimelineEntry(row.date().atTime(time).atZone(ZoneId.systemDefault()).toInstant(),
                row.interaction() ? "Contact" : "Visit", title, detail, "visits/" + row.id());
    }
}
