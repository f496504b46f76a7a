package org.groundwork.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Puts a period's actuals next to the plan in force and works out the drift; pure, so tests can do it by hand. */
final class DriftAssembler {

    private DriftAssembler() {
    }

    /**
     * The figures and the sentences for the largest gaps.
     *
     * @param amounts the actual amount per category of each distribution (hours, visits)
     * @param actuals each KPI's actual value; a KPI missing here had nothing to measure
     */
    static DriftReport assemble(DatePeriod period, List<PlanSegment> segments,
                                Map<Dimension, Map<String, Double>> amounts, Map<Kpi, BigDecimal> actuals) {
        DriftReport figures = figures(period, segments, amounts, actuals);
        return new DriftReport(period, segments, figures.distributions(), figures.kpis(), figures.dimensions(),
                figures.index(), DriftSentences.of(figures));
    }

    /** The figures alone, without sentences: what each quarter of the trend needs. */
    static DriftReport figures(DatePeriod period, List<PlanSegment> segments,
                               Map<Dimension, Map<String, Double>> amounts, Map<Kpi, BigDecimal> actuals) {
        Map<Dimension, DistributionDrift> distributions = new EnumMap<>(Dimension.class);
        Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            if (dimension.isDistribution()) {
                DistributionDrift drift = compare(dimension, segments,
                        amounts.getOrDefault(dimension, Map.of()));
                distributions.put(dimension, drift);
                dimensions.put(dimension, drift.distance());
            }
        }
        List<KpiAttainment> kpis = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            BigDecimal target = DriftMath.target(segments, kpi);
            BigDecimal actual = actuals.getOrDefault(kpi, kpi.isRate() ? null : BigDecimal.ZERO);
            kpis.add(new KpiAttainment(kpi, actual, target, DriftMath.attainment(actual, target)));
        }
        dimensions.put(Dimension.KPIS, DriftMath.kpiDrift(kpis.stream().map(KpiAttainment::attainment).toList()));
        Double index = segments.isEmpty() ? null : DriftMath.index(dimensions,
                segments.getLast().revision().weights());
        return new DriftReport(period, segments, distributions, kpis, dimensions, index, List.of());
    }

    private static DistributionDrift compare(Dimension dimension, List<PlanSegment> segments,
                                             Map<String, Double> amounts) {
        Map<String, Double> planned = segments.isEmpty() ? Map.of() : DriftMath.plannedMix(segments, dimension);
        Map<String, Double> actual = DriftMath.fractions(amounts);
        Set<String> categories = new LinkedHashSet<>(Categories.of(dimension));
        categories.addAll(amounts.keySet());
        List<ShareComparison> shares = new ArrayList<>();
        for (String category : categories) {
            double plannedShare = planned.getOrDefault(category, 0d);
            double actualShare = actual.getOrDefault(category, 0d);
            if (plannedShare > 0 || actualShare > 0) {
                shares.add(new ShareComparison(category, Categories.label(dimension, category), plannedShare,
                        actualShare, amounts.getOrDefault(category, 0d)));
            }
        }
        shares.sort(Comparator.comparingDouble((ShareComparison s) -> Math.max(s.planned(), s.actual())).reversed());
        return new DistributionDrift(dimension, shares, DriftMath.distance(planned, actual));
    }
}
