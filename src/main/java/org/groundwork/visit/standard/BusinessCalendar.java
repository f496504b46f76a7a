package org.groundwork.visit.standard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Day arithmetic for service standards. Business days are Monday to Friday except holidays. Elapsed days count
 * the days after the start up to and including the end, so a request on Friday acknowledged on Monday took
 * 1 business day (3 calendar days), and one answered the same day took 0.
 */
public final class BusinessCalendar {

    private final Set<LocalDate> holidays;

    public BusinessCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    public long businessDaysBetween(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            return 0;
        }
        long weeks = ChronoUnit.DAYS.between(start, end) / 7;
        long count = weeks * 5 - holidays.stream().filter(h -> h.isAfter(start)
                && !h.isAfter(start.plusWeeks(weeks)) && isWeekday(h)).count();
        for (LocalDate day = start.plusWeeks(weeks).plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    public long daysBetween(DayKind kind, LocalDate start, LocalDate end) {
        return kind == DayKind.BUSINESS ? businessDaysBetween(start, end)
                : Math.max(0, ChronoUnit.DAYS.between(start, end));
    }

    /** The day {@code days} business days after {@code start}: the last day that is still on time. */
    public LocalDate addBusinessDays(LocalDate start, int days) {
        LocalDate day = start;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
