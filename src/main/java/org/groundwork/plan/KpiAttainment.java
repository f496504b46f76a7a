package org.groundwork.plan;

import java.math.BigDecimal;

/**
 * A KPI over a period: the actual value, the target prorated to the period (null when the plan sets none) and
 * actual ÷ target (null when there is no target or it is zero).
 */
public record KpiAttainment(Kpi kpi, BigDecimal actual, BigDecimal target, Double attainment) {
}
