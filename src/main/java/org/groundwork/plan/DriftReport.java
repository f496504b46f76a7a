package org.groundwork.plan;

import java.util.List;
import java.util.Map;

/**
 * How far a period's work moved from the plan in force: each distribution planned against actual, each KPI's
 * attainment, the drift index (0 on plan, 1 nothing like it; null when nothing could be compared) and plain
 * sentences for the largest gaps.
 */
public record DriftReport(DatePeriod period, List<PlanSegment> segments, Map<Dimension, DistributionDrift> distributions,
                          List<KpiAttainment> kpis, Map<Dimension, Double> dimensions, Double index,
                          List<String> sentences) {

    /** Whether any part of the period had a plan in force. */
    public boolean hasPlan() {
        return !segments.isEmpty();
    }
}
