package org.groundwork.visit.standard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;

/**
 * Measures timed items against one standard. A finished item is on time when its elapsed days are within the
 * limit. An unfinished one counts only once it is already late (it can no longer be on time); until then it is
 * still pending and left out, so open work does not flatter or spoil the share before its time is up.
 */
@RequiredArgsConstructor
public final class StandardsCalculator {

    private final BusinessCalendar calendar;
    private final LocalDate today;

    /** One result per person (sorted by name), then the overall result. */
    public List<StandardResult> results(ServiceStandard standard, List<Timed> items) {
        return results(standard, items, item -> true);
    }

    /**
     * One result per person or organization whose items are {@code shown} (sorted by name; each answerable party
     * by kind and id, see {@link Timed#answerable()}), then the overall one of all items.
     */
    public List<StandardResult> results(ServiceStandard standard, List<Timed> items, Predicate<Timed> shown) {
        Map<String, List<Timed>> byWho = new LinkedHashMap<>();
        items.stream().filter(shown).sorted(Comparator.comparing(Timed::who).thenComparing(Timed::answerable))
                .forEach(item -> byWho.computeIfAbsent(item.answerable(), who -> new ArrayList<>()).add(item));
        List<StandardResult> results = new ArrayList<>();
        byWho.values().forEach(theirs -> results.add(result(standard, theirs.getFirst().who(), theirs)));
        results.add(result(standard, StandardResult.EVERYONE, items));
        return results;
    }

    StandardResult result(ServiceStandard standard, String who, List<Timed> items) {
        int measured = 0;
        int onTime = 0;
        List<Long> finishedDays = new ArrayList<>();
        for (Timed item : items) {
            if (item.end() != null) {
                long days = calendar.daysBetween(standard.getDayKind(), item.start(), item.end());
                finishedDays.add(days);
                measured++;
                onTime += days <= standard.getDays() ? 1 : 0;
            } else if (calendar.daysBetween(standard.getDayKind(), item.start(), today) > standard.getDays()) {
                measured++;
            }
        }
        return new StandardResult(standard.getName(), who, measured, onTime, median(finishedDays));
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
