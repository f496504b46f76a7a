package org.groundwork.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The largest gaps in words a board understands: the three categories furthest from plan (at least 5 points
 * off), then the KPIs furthest below target (under 90%).
 */
final class DriftSentences {

    private static final double NOTABLE_GAP = 0.05;
    private static final double NOTABLE_SHORTFALL = 0.9;

    private DriftSentences() {
    }

    static List<String> of(DriftReport report) {
        List<String> sentences = new ArrayList<>();
        report.distributions().values().stream()
                .flatMap(d -> d.shares().stream().filter(s -> Math.abs(s.gap()) >= NOTABLE_GAP)
                        .map(s -> new Gap(d.dimension(), s)))
                .sorted(Comparator.comparingDouble((Gap g) -> Math.abs(g.share.gap())).reversed())
                .limit(3).forEach(gap -> sentences.add(gap.sentence()));
        report.kpis().stream().filter(k -> k.attainment() != null && k.attainment() < NOTABLE_SHORTFALL)
                .sorted(Comparator.comparingDouble(KpiAttainment::attainment)).limit(3)
                .forEach(k -> sentences.add(kpiSentence(k)));
        return sentences;
    }

    static String kpiSentence(KpiAttainment kpi) {
        String percent = KpiFormat.percent(kpi.attainment());
        if (kpi.kpi().isRate()) {
            return kpi.kpi().label() + ": " + KpiFormat.amount(kpi.actual(), kpi.kpi()) + " against "
                    + KpiFormat.amount(kpi.target(), kpi.kpi()) + " planned (" + percent + ")";
        }
        return kpi.kpi().label() + ": " + KpiFormat.amount(kpi.actual(), kpi.kpi()) + " of "
                + KpiFormat.amount(kpi.target(), kpi.kpi())
                + " expected by now (" + percent + ")";
    }

    private record Gap(Dimension dimension, ShareComparison share) {

        String sentence() {
            String actual = KpiFormat.percent(share.actual());
            String planned = KpiFormat.percent(share.planned());
            return switch (dimension) {
                case TIME -> share.label() + " took " + actual + " of staff time against " + planned + " planned";
                case SECTORS, TIERS -> share.label() + " got " + actual + " of visits against " + planned + " planned";
                case KPIS -> throw new IllegalStateException("KPIs are not a distribution");
            };
        }
    }
}
