package org.groundwork.issue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a partner may know about the businesses an issue affects without their consent: counts only, e.g.
 * "7 businesses · 4 manufacturing, 3 retail · 1,240 employees · 3 with an open red flag".
 */
public record BusinessTotals(long businesses, long employees, long withOpenRedFlag, List<SectorCount> sectors) {

    public String sentence() {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.US);
        if (businesses == 0) {
            return "No businesses linked yet";
        }
        String bySector = sectors.stream().map(s -> s.businesses() + " "
                + (s.sector() == null ? "sector unknown" : s.sector().label().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
        return number.format(businesses) + (businesses == 1 ? " business" : " businesses") + " · " + bySector
                + " · " + number.format(employees) + " employees · " + withOpenRedFlag
                + " with an open red flag";
    }
}
