package org.groundwork.opportunity.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.groundwork.base.Formats;

/** Dollar amounts as the pipeline shows them: whole dollars with separators. */
final class Money {

    private Money() {
    }

    static String of(BigDecimal amount) {
        if (amount == null) {
            return Formats.EMPTY;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    static String jobs(Number jobs) {
        return jobs == null ? Formats.EMPTY : NumberFormat.getIntegerInstance(Locale.US).format(jobs);
    }
}
