package org.groundwork.plan;

import java.util.Arrays;
import java.util.List;
import org.groundwork.business.Sector;
import org.groundwork.business.TargetTier;

/**
 * The categories of each planned distribution, as the keys stored with a plan and returned by the aggregates:
 * activity names, sector names (or {@link #NONE} for visits to a business without one) and tier letters.
 */
public final class Categories {

    /** The key for visits to businesses with no sector or no tier recorded. */
    public static final String NONE = "NONE";

    private Categories() {
    }

    /** The categories a plan may set for a distribution, in the order they are shown. */
    public static List<String> of(Dimension dimension) {
        return switch (dimension) {
            case TIME -> Arrays.stream(Activity.values()).map(Enum::name).toList();
            case SECTORS -> Arrays.stream(Sector.values()).map(Enum::name).toList();
            case TIERS -> List.of("A", "B", "C", NONE);
            case KPIS -> List.of();
        };
    }

    public static String label(Dimension dimension, String category) {
        if (NONE.equals(category)) {
            return dimension == Dimension.TIERS ? "Untiered" : "No sector recorded";
        }
        return switch (dimension) {
            case TIME -> Activity.valueOf(category).label();
            case SECTORS -> Sector.valueOf(category).label();
            case TIERS -> TargetTier.valueOf(category).label();
            case KPIS -> Kpi.valueOf(category).label();
        };
    }
}
