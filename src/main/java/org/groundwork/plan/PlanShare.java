package org.groundwork.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One planned share of a distribution: e.g. 35% of visits to manufacturing. */
@Embeddable
public record PlanShare(
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) Dimension dimension,
        @Column(nullable = false, length = 40) String category,
        @Column(nullable = false, precision = 5, scale = 2) BigDecimal percent) {
}
