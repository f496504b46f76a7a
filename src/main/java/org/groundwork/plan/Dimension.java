package org.groundwork.plan;

import java.util.Arrays;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;

/** One part of the drift index. The first three compare distributions, the last the KPI targets. */
@RequiredArgsConstructor
public enum Dimension {
    TIME("Staff time by activity"),
    SECTORS("Visits by sector"),
    TIERS("Visits by target tier"),
    KPIS("KPI attainment");

    private final String label;

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
