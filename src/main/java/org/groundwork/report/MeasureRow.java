package org.groundwork.report;

import java.math.BigDecimal;

/** One line of the retention summary: a figure in the period, in the comparison period, and the change. */
public record MeasureRow(String measure, String unit, BigDecimal current, BigDecimal comparison, BigDecimal change) {

    static MeasureRow of(String measure, String unit, BigDecimal current, BigDecimal comparison) {
        return new MeasureRow(measure, unit, current, comparison,
                current == null || comparison == null ? null : current.subtract(comparison));
    }
}
