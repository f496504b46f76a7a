package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of goal drift, free of the database so it can be checked by hand. Shares are fractions (0..1);
 * a missing value (no activity in the period, no target) is {@code null} and is left out rather than counted as 0.
 */
final class DriftMath {

    private DriftMath() {
    }

    /**
     * The planned mix of a distribution over a period that may span revisions: each revision's shares, weighted
     * by the days it was in force. Returns fractions; empty when no part of the period had a plan.
     */
    static Map<String, Double> plannedMix(List<PlanSegment> segments, Dimension dimension) {
        long days = segments.stream().mapToLong(s -> s.period().days()).sum();
        Map<String, Double> mix = new LinkedHashMap<>();
        for (PlanSegment segment : segments) {
            double weight = (double) segment.period().days() / days;
            segment.revision().shares(dimension).forEach((category, percent) ->
                    mix.merge(category, percent.doubleValue() / 100 * weight, Double::sum));
        }
        return mix;
    }

    /** Amounts (visits, hours) as fractions of their total; empty when the total is zero. */
    static Map<String, Double> fractions(Map<String, ? extends Number> amounts) {
        double total = amounts.values().stream().mapToDouble(Number::doubleValue).sum();
        Map<String, Double> result = new LinkedHashMap<>();
        if (total > 0) {
            amounts.forEach((category, amount) -> result.put(category, amount.doubleValue() / total));
        }
        return result;
    }

    /**
     * Total variation distance, ½ Σ |actual − planned| over every category in either; a category missing on one
     * side counts as 0 there. Null when there is no plan or nothing happened: no figure, rather than a false one.
     */
    static Double distance(Map<String, Double> planned, Map<String, Double> actual) {
        if (planned.isEmpty() || actual.isEmpty()) {
            return null;
        }
        Set<String> categories = new HashSet<>(planned.keySet());
        categories.addAll(actual.keySet());
        double sum = 0;
        for (String category : categories) {
            sum += Math.abs(actual.getOrDefault(category, 0d) - planned.getOrDefault(category, 0d));
        }
        return sum / 2;
    }

    /** The target for the period: yearly targets prorated by days, or for a rate the day-weighted mean target. */
    static BigDecimal target(List<PlanSegment> segments, Kpi kpi) {
        double total = 0;
        double rateDays = 0;
        boolean any = false;
        for (PlanSegment segment : segments) {
            for (int year = segment.period().from().getYear(); year <= segment.period().to().getYear(); year++) {
                DatePeriod inYear = segment.period().intersect(DatePeriod.year(year));
                BigDecimal yearly = segment.revision().target(year, kpi).orElse(null);
                if (yearly != null) {
                    any = true;
                    double share = kpi.isRate() ? inYear.days() : (double) inYear.days()
                            / LocalDate.of(year, 1, 1).lengthOfYear();
                    total += yearly.doubleValue() * share;
                    rateDays += inYear.days();
                }
            }
        }
        if (!any) {
            return null;
        }
        return BigDecimal.valueOf(kpi.isRate() ? total / rateDays : total);
    }

    /** Actual ÷ target; null when there is no target or the target is zero (nothing to attain). */
    static Double attainment(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() == 0) {
            return null;
        }
        return actual.doubleValue() / target.doubleValue();
    }

    /** How far the KPIs fall short, 0..1: the mean shortfall, where exceeding a target counts as no shortfall. */
    static Double kpiDrift(List<Double> attainments) {
        return attainments.stream().filter(a -> a != null).mapToDouble(a -> 1 - Math.min(1, Math.max(0, a)))
                .average().stream().boxed().findFirst().orElse(null);
    }

    /** The median rating from a count per rating (1..5); null when there are no ratings. */
    static BigDecimal median(Map<Integer, Long> countsByRating) {
        long total = countsByRating.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        List<Integer> ratings = countsByRating.keySet().stream().sorted().toList();
        BigDecimal lower = nth(ratings, countsByRating, (total - 1) / 2);
        BigDecimal upper = nth(ratings, countsByRating, total / 2);
        return lower.add(upper).divide(BigDecimal.TWO);
    }

    private static BigDecimal nth(List<Integer> ratings, Map<Integer, Long> counts, long index) {
        long seen = 0;
        for (Integer rating : ratings) {
            seen += counts.get(rating);
            if (index < seen) {
                return BigDecimal.valueOf(rating);
            }
        }
        throw new IllegalArgumentException("index beyond the counts");
    }

    /** The weighted mean of the dimensions that have a figure; null when none has. */
    static Double index(Map<Dimension, Double> drifts, Map<Dimension, BigDecimal> weights) {
        double sum = 0;
        double weightSum = 0;
        for (Map.Entry<Dimension, Double> drift : drifts.entrySet()) {
            double weight = weights.getOrDefault(drift.getKey(), BigDecimal.ZERO).doubleValue();
            if (drift.getValue() != null && weight > 0) {
                sum += weight * drift.getValue();
                weightSum += weight;
            }
        }
        return weightSum == 0 ? null : sum / weightSum;
    }
}
