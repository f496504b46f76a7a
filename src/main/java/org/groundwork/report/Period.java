package org.groundwork.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import org.groundwork.base.RuleViolationException;

/** A span of whole days, both ends included: what a report or a scorecard measures. */
public record Period(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolationException("period", "Choose a period whose end is not before its start.");
        }
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    public static Period quarterOf(LocalDate day) {
        return quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
    }

    public static Period yearToDate(LocalDate today) {
        return new Period(today.withDayOfYear(1), today);
    }

    /** The quarter before this period's first day, e.g. "last quarter" from any day of this one. */
    public Period previousQuarter() {
        return quarterOf(from.minusMonths(3));
    }

    /** The same number of days immediately before this period. */
    public Period previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (isWholeQuarter()) {
            return previousQuarter();
        }
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    public Period sameLastYear() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    boolean isWholeQuarter() {
        return from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0
                && to.equals(from.plusMonths(3).minusDays(1));
    }

    public String label() {
        if (isWholeQuarter()) {
            return "Q" + from.get(IsoFields.QUARTER_OF_YEAR) + " " + from.getYear() + " (" + DAY.format(from)
                    + " – " + DAY.format(to) + ")";
        }
        return DAY.format(from) + " – " + DAY.format(to);
    }
}
