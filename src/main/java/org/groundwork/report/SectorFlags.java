package org.groundwork.report;

import java.util.Map;

/** The red and yellow flags open at the end of the period on one sector's businesses. */
public record SectorFlags(String sector, long red, long yellow) {

    /** The row as the report's chart reads it, by field name. */
    Map<String, ?> chartRow() {
        return Map.of("sector", sector, "red", red, "yellow", yellow);
    }
}
