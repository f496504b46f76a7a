package org.groundwork.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The board report's figures: each program measure in the period and the comparison period, and how many
 * visits got each satisfaction score.
 */
public record RetentionSummary(Map<ProgramMeasure, BigDecimal> current, Map<ProgramMeasure, BigDecimal> comparison,
                               Map<Integer, Long> satisfaction, Map<Integer, Long> comparisonSatisfaction) {

    /** The lines of the report and the screen: every measure, then the satisfaction distribution. */
    public List<MeasureRow> rows() {
        List<MeasureRow> rows = new ArrayList<>();
        for (ProgramMeasure measure : ProgramMeasure.values()) {
            rows.add(MeasureRow.of(measure.label(), measure.unit(), current.get(measure),
                    comparison == null ? null : comparison.get(measure)));
        }
        satisfaction.forEach((score, count) -> rows.add(MeasureRow.of("Visits rated " + score + " of 5", "visits",
                BigDecimal.valueOf(count), comparisonSatisfaction == null ? null
                : BigDecimal.valueOf(comparisonSatisfaction.get(score)))));
        return rows;
    }
}
