package org.groundwork.plan;

import java.util.Arrays;
import java.util.stream.Stream;

/** One part of the drift index. The first three compare distributions, the last the KPI targets. */
public enum Dimension {
    TIME("Staff time by activity"),
    SECTORS("Visits by sector"),
    TIERS("Visits by target tier"),
    KPIS("KPI attainment");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Stream<Dimension> stream() {
        return Arrays.stream(values());
    }

    public boolean isDistribution() {
        return this != KPIS;
    }
}
