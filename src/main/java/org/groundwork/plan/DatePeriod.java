package org.groundwork.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/** A span of whole days, both ends included: a month, a quarter, a year or any custom range. */
public record DatePeriod(LocalDate from, LocalDate to) {

    public DatePeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period needs a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period can't end before it starts");
        }
    }

    public static DatePeriod month(YearMonth month) {
        return new DatePeriod(month.atDay(1), month.atEndOfMonth());
    }

    public static DatePeriod quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new DatePeriod(first, first.plusMonths(3).minusDays(1));
    }

    public static DatePeriod year(int year) {
        return new DatePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The part of this period that lies within {@code other}, or null when they don't overlap. */
    public DatePeriod intersect(DatePeriod other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return end.isBefore(start) ? null : new DatePeriod(start, end);
    }

    /** "Q3 2025" for a calendar quarter, "2025" for a year, otherwise the two dates. */
    public String label() {
        if (equals(quarterOf(from))) {
            return "Q" + from.get(IsoFields.QUARTER_OF_YEAR) + " " + from.getYear();
        }
        if (equals(year(from.getYear()))) {
            return String.valueOf(from.getYear());
        }
        if (equals(month(YearMonth.from(from)))) {
            return YearMonth.from(from).toString();
        }
        return from + " to " + to;
    }
}
