package org.groundwork.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a person says when an opportunity is won or lost: why, and (when won) what it actually brought. */
public record Outcome(String reason, Integer realizedJobs, BigDecimal realizedInvestment, LocalDate actualDate) {

    public static Outcome none() {
        return new Outcome(null, null, null, null);
    }
}
