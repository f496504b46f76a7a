package org.groundwork.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The business filters of a report as one SQL condition over a business aliased {@code b}, and the same over
 * the visit tally's copies of those columns aliased {@code t} (TALLY.md), with their named parameters, so every
 * report query narrows businesses the same way. Archived (merged or deleted) businesses never count.
 */
record BusinessScope(String condition, String tallyCondition, Map<String, Object> parameters) {

    static BusinessScope of(ReportFilter filter) {
        StringBuilder sql = new StringBuilder("b.archived_at is null");
        StringBuilder tally = new StringBuilder("t.archived = false");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.sector() != null) {
            sql.append(" and b.sector = :sector");
            tally.append(" and t.sector = :sector");
            parameters.put("sector", filter.sector().name());
        }
        if (filter.tier() != null) {
            sql.append(" and b.tier = :tier");
            tally.append(" and t.tier = :tier");
            parameters.put("tier", filter.tier().name());
        }
        if (filter.ownerId() != null) {
            sql.append(" and b.owner_id = :owner");
            tally.append(" and t.owner_id = :owner");
            parameters.put("owner", filter.ownerId());
        }
        return new BusinessScope(sql.toString(), tally.toString(), parameters);
    }

    /**
     * The parameters plus the period: {@code :from} and {@code :to} as days, and {@code :start} and {@code :end}
     * as the instants it begins and ends in the program's time zone, written the way instants are stored (UTC).
     */
    Map<String, Object> with(Period period, ZoneId zone) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("from", period.from());
        all.put("to", period.to());
        all.put("start", utc(period.from(), zone));
        all.put("end", utc(period.to().plusDays(1), zone));
        return all;
    }

    static LocalDateTime utc(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
