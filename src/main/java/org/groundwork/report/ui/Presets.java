package org.groundwork.report.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.groundwork.report.Period;

/** The periods a director usually reports on, named the way they say them. */
final class Presets {

    static final String THIS_QUARTER = "This quarter";
    static final String LAST_QUARTER = "Last quarter";
    static final String YEAR_TO_DATE = "Year to date";
    static final String LAST_YEAR = "Last year";
    static final String CUSTOM = "Custom dates";
    static final List<String> NAMES = List.of(THIS_QUARTER, LAST_QUARTER, YEAR_TO_DATE, LAST_YEAR, CUSTOM);

    private Presets() {
    }

    static Optional<Period> period(String name, LocalDate today) {
        return Optional.ofNullable(switch (name) {
            case THIS_QUARTER -> Period.quarterOf(today);
            case LAST_QUARTER -> Period.quarterOf(today).previousQuarter();
            case YEAR_TO_DATE -> Period.yearToDate(today);
            case LAST_YEAR -> new Period(today.minusYears(1).withDayOfYear(1),
                    today.withDayOfYear(1).minusDays(1));
            default -> null;
        });
    }
}
