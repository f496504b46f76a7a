package org.groundwork.report;

import java.util.ArrayList;
import java.util.List;
import org.groundwork.business.Sector;
import org.groundwork.business.TargetTier;

/**
 * The parameters every report takes: the period, what it is compared with, and optional sector, target tier and
 * staff owner (of the business) filters. Null filters mean "all".
 */
public record ReportFilter(Period period, Comparison comparison, Sector sector, TargetTier tier, Long ownerId) {

    public ReportFilter {
        comparison = comparison == null ? Comparison.NONE : comparison;
    }

    public static ReportFilter of(Period period, Comparison comparison) {
        return new ReportFilter(period, comparison, null, null, null);
    }

    public ReportFilter withOwner(Long owner) {
        return new ReportFilter(period, comparison, sector, tier, owner);
    }

    public ReportFilter forPeriod(Period other) {
        return new ReportFilter(other, Comparison.NONE, sector, tier, ownerId);
    }

    public Period comparisonPeriod() {
        return comparison.of(period);
    }

    /** The filters in words, for a report's header; the owner is named by the caller. */
    public String describe(String ownerName) {
        List<String> parts = new ArrayList<>();
        if (sector != null) {
            parts.add("sector " + sector.label());
        }
        if (tier != null) {
            parts.add(tier.label());
        }
        if (ownerId != null) {
            parts.add("businesses owned by " + ownerName);
        }
        return parts.isEmpty() ? "All businesses" : String.join("; ", parts);
    }
}
