package org.groundwork.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** The target of one KPI for one calendar year. */
@Embeddable
public record KpiTarget(
        @Column(name = "plan_year", nullable = false) int year,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 40) Kpi kpi,
        @Column(nullable = false, precision = 15, scale = 2) BigDecimal target) {
}
