package org.groundwork.plan;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What actually happened in a period or quarter: the amount per category of each distribution (hours, visits)
 * and each KPI's value; a KPI missing here had nothing to measure.
 */
record DriftActuals(Map<Dimension, Map<String, Double>> amounts, Map<Kpi, BigDecimal> kpis) {
}
