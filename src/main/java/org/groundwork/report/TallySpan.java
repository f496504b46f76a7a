package org.groundwork.report;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A period as the visit tally covers it (TALLY.md): the whole years, quarters and months inside it, read from the
 * tally, and the leftover days at its ends, read live from the visits. {@code tallied} holds (kind, index) pairs;
 * {@code live} at most two day ranges.
 */
record TallySpan(List<Cell> tallied, List<Period> live) {

    /** One tally period: kind 'Y', 'Q' or 'M' and its index. */
    record Cell(char kind, int index) {
    }

    /**
     * Cuts the period into the largest whole tally periods it holds. {@code noVisitsUntil} may extend its end:
     * when no completed visit is dated after the period's end up to that day, the days in between count
     * nothing, so a year to date reads as its year and this quarter so far as its quarter.
     */
    static TallySpan of(Period period, LocalDate noVisitsUntil) {
        LocalDate to = noVisitsUntil != null && noVisitsUntil.isAfter(period.to()) ? noVisitsUntil : period.to();
        List<Cell> cells = new ArrayList<>();
        List<Period> live = new ArrayList<>();
        LocalDate day = period.from();
        LocalDate liveFrom = null;
        while (!day.isAfter(to)) {
            Cell cell = null;
            LocalDate next = null;
            if (day.getDayOfYear() == 1 && !day.plusYears(1).minusDays(1).isAfter(to)) {
                cell = new Cell('Y', day.getYear());
                next = day.plusYears(1);
            } else if (day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % 3 == 0
                    && !day.plusMonths(3).minusDays(1).isAfter(to)) {
                cell = new Cell('Q', day.getYear() * 4 + (day.getMonthValue() - 1) / 3);
                next = day.plusMonths(3);
            } else if (day.getDayOfMonth() == 1 && !day.with(TemporalAdjusters.lastDayOfMonth()).isAfter(to)) {
                cell = new Cell('M', day.getYear() * 12 + day.getMonthValue() - 1);
                next = day.plusMonths(1);
            }
            if (cell == null) {
                liveFrom = liveFrom == null ? day : liveFrom;
                day = day.plusDays(1);
                continue;
            }
            if (liveFrom != null) {
                live.add(new Period(liveFrom, day.minusDays(1)));
                liveFrom = null;
            }
            cells.add(cell);
            day = next;
        }
        if (liveFrom != null && !liveFrom.isAfter(period.to())) {
            live.add(new Period(liveFrom, period.to()));
        }
        return new TallySpan(List.copyOf(cells), List.copyOf(live));
    }

    /** Whether the period is exactly one tally period, so its distinct counts can be read from the cells. */
    boolean isOneCell() {
        return tallied.size() == 1 && live.isEmpty();
    }

    /** The SQL condition choosing the tally rows of the span (aliased {@code t}); false when there are none. */
    String condition() {
        if (tallied.isEmpty()) {
            return "1 = 0";
        }
        return tallied.stream().collect(Collectors.groupingBy(Cell::kind)).entrySet().stream()
                .map(e -> "(t.period_kind = '" + e.getKey() + "' and t.period_index in (" + e.getValue().stream()
                        .map(c -> Integer.toString(c.index())).collect(Collectors.joining(", ")) + "))")
                .collect(Collectors.joining(" or ", "(", ")"));
    }
}
