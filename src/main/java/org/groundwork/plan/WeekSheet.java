package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * One person's week as a timesheet: hours per activity and day (plain entries, which the grid edits, plus
 * entries naming a business or an issue), and the hours of their completed visits, which count on their own.
 * {@code versions} holds each plain entry's version when read, so saving detects someone else's change.
 */
public record WeekSheet(Long staffId, LocalDate monday, Map<Activity, Map<LocalDate, BigDecimal>> plain,
                        List<LinkedTime> linked, Map<LocalDate, BigDecimal> visitHours,
                        Map<Long, Long> versions) {

    public List<LocalDate> days() {
        return IntStream.range(0, 7).mapToObj(monday::plusDays).toList();
    }

    public BigDecimal hours(Activity activity, LocalDate day) {
        if (activity == Activity.VISITS) {
            return visitHours.getOrDefault(day, BigDecimal.ZERO);
        }
        BigDecimal linkedHours = linked.stream().filter(e -> e.activity() == activity && e.date().equals(day))
                .map(LinkedTime::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return plain.getOrDefault(activity, Map.of()).getOrDefault(day, BigDecimal.ZERO).add(linkedHours);
    }

    /** The plain hours the grid shows in a cell; null when there are none. */
    public BigDecimal plainHours(Activity activity, LocalDate day) {
        return plain.getOrDefault(activity, Map.of()).get(day);
    }

    public BigDecimal dayTotal(LocalDate day) {
        BigDecimal total = BigDecimal.ZERO;
        for (Activity activity : Activity.values()) {
            total = total.add(hours(activity, day));
        }
        return total;
    }

    public BigDecimal activityTotal(Activity activity) {
        return days().stream().map(day -> hours(activity, day)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return days().stream().map(this::dayTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** An empty set of plain hours for the grid to fill in. */
    public static Map<Activity, Map<LocalDate, BigDecimal>> emptyHours() {
        Map<Activity, Map<LocalDate, BigDecimal>> hours = new EnumMap<>(Activity.class);
        Activity.entered().forEach(activity -> hours.put(activity, new TreeMap<>()));
        return hours;
    }
}
