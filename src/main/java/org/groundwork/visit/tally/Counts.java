package org.groundwork.visit.tally;

import java.math.BigDecimal;
import java.util.Arrays;

/** What a business's completed visits in one period add up to: the measure columns of both tally tables. */
final class Counts {

    long contacts;
    long visits;
    BigDecimal hours = BigDecimal.ZERO;
    final long[] rated = new long[5];

    /** Counts one completed visit or contact. */
    void add(boolean interaction, BigDecimal duration, Integer satisfaction) {
        contacts++;
        if (!interaction) {
            visits++;
        }
        if (duration != null) {
            hours = hours.add(duration);
        }
        if (satisfaction != null && satisfaction >= 1 && satisfaction <= 5) {
            rated[satisfaction - 1]++;
        }
    }

    /** Adds (sign 1) or takes away (sign -1) another's counts. */
    void add(Counts other, int sign) {
        contacts += sign * other.contacts;
        visits += sign * other.visits;
        hours = sign > 0 ? hours.add(other.hours) : hours.subtract(other.hours);
        for (int i = 0; i < rated.length; i++) {
            rated[i] += sign * other.rated[i];
        }
    }

    boolean sameAs(Counts other) {
        return contacts == other.contacts && visits == other.visits && hours.compareTo(other.hours) == 0
                && Arrays.equals(rated, other.rated);
    }
}
