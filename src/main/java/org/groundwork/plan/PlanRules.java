package org.groundwork.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.groundwork.base.RuleViolationException;

/** The rules a plan must keep before it is stored; each message names the form field it belongs to. */
final class PlanRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PlanRules() {
    }

    static void check(PlanDraft draft, Optional<PlanRevision> latest) {
        checkSequence(draft, latest);
        for (Dimension dimension : Dimension.values()) {
            if (dimension.isDistribution()) {
                checkShares(draft, dimension);
            }
            if (draft.weight(dimension) == null || draft.weight(dimension).signum() < 0) {
                throw new RuleViolationException("weight." + dimension, "A weight can't be negative.");
            }
        }
        if (Dimension.stream().allMatch(d -> draft.weight(d).signum() == 0)) {
            throw new RuleViolationException("weight." + Dimension.TIME, "Give at least one part of the drift "
                    + "index a weight above zero.");
        }
        draft.targets().forEach((year, byKpi) -> byKpi.forEach((kpi, target) -> {
            if (target.signum() < 0) {
                throw new RuleViolationException("target." + year + "." + kpi,
                        kpi.label() + " for " + year + " can't be negative.");
            }
            if (kpi.isRate() && target.compareTo(kpi == Kpi.MEDIAN_SATISFACTION ? new BigDecimal("5") : HUNDRED) > 0) {
                throw new RuleViolationException("target." + year + "." + kpi, kpi.label() + " for " + year
                        + (kpi == Kpi.MEDIAN_SATISFACTION ? " is a rating from 1 to 5." : " is a percentage, at most 100."));
            }
        }));
    }

    private static void checkSequence(PlanDraft draft, Optional<PlanRevision> latest) {
        Integer current = latest.map(PlanRevision::getNumber).orElse(null);
        if (!Objects.equals(current, draft.getBasedOn())) {
            throw new RuleViolationException(current == null ? "Nothing was saved: the plan this draft revised no "
                    + "longer exists." : "Someone else revised the plan while you were editing it (revision "
                    + current + "). Nothing was saved: reload to see their revision, then make your changes again.");
        }
        if (draft.getEffectiveFrom().isBefore(draft.getProgramStart())) {
            throw new RuleViolationException("effectiveFrom", "The plan can't apply before the program started.");
        }
        latest.filter(previous -> !draft.getEffectiveFrom().isAfter(previous.getEffectiveFrom()))
                .ifPresent(previous -> {
                    throw new RuleViolationException("effectiveFrom", "A revision applies after the one in force, "
                            + "which applies from " + previous.getEffectiveFrom() + ".");
                });
    }

    private static void checkShares(PlanDraft draft, Dimension dimension) {
        for (Map.Entry<String, BigDecimal> share : draft.shares().get(dimension).entrySet()) {
            if (share.getValue().signum() < 0 || share.getValue().compareTo(HUNDRED) > 0) {
                throw new RuleViolationException("share." + dimension + "." + share.getKey(),
                        "A share is a percentage from 0 to 100.");
            }
        }
        BigDecimal total = draft.total(dimension);
        if (total.compareTo(HUNDRED) != 0) {
            throw new RuleViolationException("total." + dimension, dimension.label() + " adds up to "
                    + total.stripTrailingZeros().toPlainString() + "%; the shares must add up to 100%.");
        }
    }
}
