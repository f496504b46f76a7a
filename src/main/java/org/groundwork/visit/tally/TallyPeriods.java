package org.groundwork.visit.tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A period as the visit tally covers it (decision 022): whole years, quarters and months, largest first, read from
 * the tally, plus the leftover days at its ends, read live from the visits. At most two live runs exist: once a
 * month begins, whole months follow until the last, partial one. The one split drift and the reports both use.
 *
 * @param whole the tally periods inside the period, in date order
 * @param live  the leftover days (none, one or two runs)
 */
public record TallyPeriods(List<Part> whole, List<Days> live) {

    /** One tally period: kind 'Y', 'Q' or 'M' and its index (TALLY.md). */
    public record Part(char kind, int index) {

        /** Its first day. */
        public LocalDate from() {
            return switch (kind) {
                case 'M' -> LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
                case 'Q' -> LocalDate.of(Math.floorDiv(index, 4), Math.floorMod(index, 4) * 3 + 1, 1);
                default -> LocalDate.of(index, 1, 1);
            };
        }

        /** Its last day. */
        public LocalDate to() {
            return from().plusMonths(kind == 'M' ? 1 : kind == 'Q' ? 3 : 12).minusDays(1);
        }
    }

    /** A run of days read live, both ends included. */
    public record Days(LocalDate from, LocalDate to) {
    }

    /** Splits {@code [from, to]} into tally periods and live days. */
    public static TallyPeriods of(LocalDate from, LocalDate to) {
        return of(from, to, null);
    }

    /**
     * Splits {@code [from, to]}; {@code noVisitsUntil} may extend its end: when no completed visit is dated after
     * {@code to} up to that day, the days in between count nothing, so a year to date reads as its year and this
     * quarter so far as its quarter. Live days never reach past {@code to}.
     */
    public static TallyPeriods of(LocalDate from, LocalDate to, LocalDate noVisitsUntil) {
        LocalDate last = noVisitsUntil != null && noVisitsUntil.isAfter(to) ? noVisitsUntil : to;
        List<Part> whole = new ArrayList<>();
        List<Days> live = new ArrayList<>();
        LocalDate day = from;
        LocalDate liveFrom = null;
        while (!day.isAfter(last)) {
            Part part = largestStartingOn(day, last);
            if (part == null) {
                liveFrom = liveFrom == null ? day : liveFrom;
                day = day.plusDays(1);
                continue;
            }
            if (liveFrom != null) {
                live.add(new Days(liveFrom, day.minusDays(1)));
                liveFrom = null;
            }
            whole.add(part);
            day = part.to().plusDays(1);
        }
        if (liveFrom != null && !liveFrom.isAfter(to)) {
            live.add(new Days(liveFrom, to));
        }
        return new TallyPeriods(List.copyOf(whole), List.copyOf(live));
    }

    /** The whole period as live days and no tally period: what a reader uses while the tally is not ready. */
    public static TallyPeriods allLive(LocalDate from, LocalDate to) {
        return new TallyPeriods(List.of(), List.of(new Days(from, to)));
    }

    private static Part largestStartingOn(LocalDate day, LocalDate last) {
        if (day.getDayOfMonth() != 1) {
            return null;
        }
        int month = day.getMonthValue() - 1;
        for (Part part : List.of(new Part('Y', day.getYear()), new Part('Q', day.getYear() * 4 + month / 3),
                new Part('M', day.getYear() * 12 + month))) {
            if (part.from().equals(day) && !part.to().isAfter(last)) {
                return part;
            }
        }
        return null;
    }

    /** Exactly one tally period and nothing live: its distinct counts can be read from the cells as they are. */
    public boolean isOneTallyPeriod() {
        return whole.size() == 1 && live.isEmpty();
    }

    /** The finest kind among the whole parts: rows of that kind cover the whole part exactly, once each. */
    public char finestKind() {
        return whole.stream().anyMatch(p -> p.kind() == 'M') ? 'M'
                : whole.stream().anyMatch(p -> p.kind() == 'Q') ? 'Q' : 'Y';
    }

    /** The first and last index, in {@link #finestKind()}, of the whole part (which is one run of days). */
    public int[] finestRange() {
        char kind = finestKind();
        return new int[] {index(kind, whole.getFirst().from()), index(kind, whole.getLast().to())};
    }

    private static int index(char kind, LocalDate day) {
        int month = day.getMonthValue() - 1;
        return switch (kind) {
            case 'M' -> day.getYear() * 12 + month;
            case 'Q' -> day.getYear() * 4 + month / 3;
            default -> day.getYear();
        };
    }

    /**
     * The SQL condition choosing the tally rows of the whole part, columns prefixed by {@code prefix} (say "t." or
     * ""); false when there are none. The indexes are numbers computed here, never user input.
     */
    public String condition(String prefix) {
        if (whole.isEmpty()) {
            return "1 = 0";
        }
        Map<Character, List<String>> byKind = new TreeMap<>();
        whole.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(String.valueOf(p.index())));
        return byKind.entrySet().stream().map(e -> "(" + prefix + "period_kind = '" + e.getKey() + "' AND " + prefix
                + "period_index IN (" + String.join(", ", e.getValue()) + "))")
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    /**
     * The SQL condition choosing the completed visits on the live days, columns prefixed by {@code prefix} (say
     * "v."), the days put into {@code params}; false when there are none. With {@link #condition} it covers the
     * period once: what the tally counts is exactly the completed visits.
     */
    public String liveCondition(String prefix, Map<String, Object> params) {
        if (live.isEmpty()) {
            return "1 = 0";
        }
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            params.put("live" + i + "from", live.get(i).from());
            params.put("live" + i + "to", live.get(i).to());
            ranges.add(prefix + "visit_date BETWEEN :live" + i + "from AND :live" + i + "to");
        }
        return prefix + "status = 'COMPLETED' AND (" + String.join(" OR ", ranges) + ")";
    }
}
