package org.groundwork.report;

import java.math.BigDecimal;

/** Visit activity of one staff member or one sector (or the program total) in the period and the comparison. */
public record ActivityRow(String grouping, String name, Long visits, Long businesses, BigDecimal hours,
                          Long comparisonVisits) {

    public static final String BY_STAFF = "By staff member";
    public static final String BY_SECTOR = "By sector";
    public static final String TOTAL = "Program total";
}
