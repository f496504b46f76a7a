package org.groundwork.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period as the visit tally reads it (decision 022): whole years, quarters and months, largest first, plus the
 * days at either end that make no whole month, which are read live from the visits. At most two such runs exist:
 * once a month begins, whole months follow until the last, partial one.
 *
 * @param whole the tally periods inside the period, in date order
 * @param live  the leftover days (none, one or two runs)
 */
record TallySplit(List<Part> whole, List<DatePeriod> live) {

    /** One tally period: kind 'Y', 'Q' or 'M' and its index (TALLY.md). */
    record Part(char kind, int index, DatePeriod days) {
    }

    static TallySplit of(DatePeriod period) {
        List<Part> whole = new ArrayList<>();
        List<DatePeriod> live = new ArrayList<>();
        LocalDate day = period.from();
        while (!day.isAfter(period.to())) {
            Part part = largestStartingOn(day, period.to());
            if (part != null) {
                whole.add(part);
                day = part.days().to().plusDays(1);
            } else {
                LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
                LocalDate end = monthEnd.isBefore(period.to()) ? monthEnd : period.to();
                live.add(new DatePeriod(day, end));
                day = end.plusDays(1);
            }
        }
        return new TallySplit(List.copyOf(whole), List.copyOf(live));
    }

    private static Part largestStartingOn(LocalDate day, LocalDate last) {
        if (day.getDayOfMonth() != 1) {
            return null;
        }
        DatePeriod year = DatePeriod.year(day.getYear());
        if (day.equals(year.from()) && !year.to().isAfter(last)) {
            return new Part('Y', day.getYear(), year);
        }
        DatePeriod quarter = DatePeriod.quarterOf(day);
        if (day.equals(quarter.from()) && !quarter.to().isAfter(last)) {
            return new Part('Q', DriftQueries.bucketOf(day), quarter);
        }
        LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
        return monthEnd.isAfter(last) ? null
                : new Part('M', day.getYear() * 12 + day.getMonthValue() - 1, new DatePeriod(day, monthEnd));
    }

    /** Exactly one tally period and nothing live: its distinct counts can be read from the cells as they are. */
    boolean isOneTallyPeriod() {
        return whole.size() == 1 && live.isEmpty();
    }

    /** The finest kind among the whole parts: rows of that kind cover the whole part exactly, once each. */
    char finestKind() {
        return whole.stream().anyMatch(p -> p.kind() == 'M') ? 'M'
                : whole.stream().anyMatch(p -> p.kind() == 'Q') ? 'Q' : 'Y';
    }

    /** The first and last index, in {@link #finestKind()}, of the whole part (which is one run of days). */
    int[] finestRange() {
        char kind = finestKind();
        return new int[] {index(kind, whole.getFirst().days().from()), index(kind, whole.getLast().days().to())};
    }

    private static int index(char kind, LocalDate day) {
        return switch (kind) {
            case 'M' -> day.getYear() * 12 + day.getMonthValue() - 1;
            case 'Q' -> DriftQueries.bucketOf(day);
            default -> day.getYear();
        };
    }
}
