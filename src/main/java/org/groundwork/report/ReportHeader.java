package org.groundwork.report;

import java.util.Map;

/** What every report states at its top, so a reader can trust and reproduce its numbers. */
public record ReportHeader(String title, String period, String comparison, String filters, String dataAsOf,
                           String runBy) {

    Map<String, Object> parameters() {
        return Map.of("reportTitle", title, "periodText", period, "comparisonText", comparison,
                "filtersText", filters, "dataAsOf", dataAsOf, "runBy", runBy);
    }
}
