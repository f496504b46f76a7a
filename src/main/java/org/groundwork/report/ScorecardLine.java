package org.groundwork.report;

import java.math.BigDecimal;

/** One line of a scorecard file: a frozen figure, the quarter before and the change. */
public record ScorecardLine(String measure, String unit, BigDecimal figure, BigDecimal previous, BigDecimal change) {
}
