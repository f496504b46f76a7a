package org.groundwork.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** KPI values and shares as people say them, the same on screen, in sentences and in the PDF. */
public final class KpiFormat {

    private KpiFormat() {
    }

    /** A KPI value as people say it: whole numbers, a percentage, a rating or dollars. */
    public static String amount(BigDecimal value, Kpi kpi) {
        if (value == null) {
            return "—";
        }
        return switch (kpi.unit()) {
            case "%" -> value.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
            case "of 5" -> value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " of 5";
            case "$" -> "$" + String.format(Locale.US, "%,d", value.setScale(0, RoundingMode.HALF_UP).longValue());
            default -> String.format(Locale.US, "%,d", value.setScale(0, RoundingMode.HALF_UP).longValue());
        };
    }

    /** The KPI's target for the period as people say it, or "no target" when the plan sets none. */
    public static String target(KpiAttainment kpi) {
        return kpi.target() == null ? "no target" : amount(kpi.target(), kpi.kpi());
    }

    /** A fraction as a whole percentage: 0.873 is "87%". */
    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
