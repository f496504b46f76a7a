package org.groundwork.visit.tally;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A tally period: kind 'M', 'Q' or 'Y' and its index (month = year * 12 + month - 1, quarter = year * 4 + quarter - 1,
 * year = year), the same on H2 and MariaDB and the same as the drift trend's quarter buckets.
 */
record Period(char kind, int index) implements Comparable<Period> {

    private static final Comparator<Period> ORDER = Comparator.comparing(Period::kind)
            .thenComparingInt(Period::index);

    /** The month, quarter and year a day falls in. */
    static List<Period> of(LocalDate day) {
        int month = day.getMonthValue() - 1;
        return List.of(new Period('M', day.getYear() * 12 + month), new Period('Q', day.getYear() * 4 + month / 3),
                new Period('Y', day.getYear()));
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }
}
