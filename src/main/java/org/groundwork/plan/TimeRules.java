package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.groundwork.base.RuleViolationException;

/** The bounds a person's recorded hours keep: each entry from 0 to 24, and no day holding more than 24. */
final class TimeRules {

    static final BigDecimal DAY = new BigDecimal("24");

    private TimeRules() {
    }

    /**
     * Checks a week's grid of plain hours; {@code linked} holds each day's hours already recorded on a business
     * or an issue, which count toward the day too.
     */
    static void checkWeek(WeekSheet read, Map<Activity, Map<LocalDate, BigDecimal>> hours,
                          Map<LocalDate, BigDecimal> linked) {
        for (LocalDate day : read.days()) {
            BigDecimal total = linked.getOrDefault(day, BigDecimal.ZERO);
            for (Activity activity : Activity.entered()) {
                BigDecimal value = hours.getOrDefault(activity, Map.of()).get(day);
                if (value != null && (value.signum() < 0 || value.compareTo(DAY) > 0)) {
                    throw new RuleViolationException(activity + "@" + day, activity.label() + " on " + day
                            + ": enter hours from 0 to 24.");
                }
                total = total.add(value == null ? BigDecimal.ZERO : value);
            }
            if (total.compareTo(DAY) > 0) {
                throw new RuleViolationException(null, "On " + day + " the hours add up to " + plain(total)
                        + ", more than a day has.");
            }
        }
    }

    /** Checks that {@code hours} more still fit in a day that already holds {@code recorded}. */
    static void checkDay(LocalDate day, BigDecimal recorded, BigDecimal hours) {
        BigDecimal total = recorded.add(hours);
        if (total.compareTo(DAY) > 0) {
            throw new RuleViolationException("hours", "You already have " + plain(recorded) + " hours on " + day
                    + "; " + plain(hours) + " more would make " + plain(total) + ", more than a day has.");
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
