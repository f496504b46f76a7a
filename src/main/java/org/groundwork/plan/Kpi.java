package org.groundwork.plan;

import lombok.RequiredArgsConstructor;

/**
 * A yearly target of the plan. Counts and sums are prorated to a period by days; rates (a share, a median) are
 * not: 80% of key companies visited is the aim for a month as for a year.
 */
@RequiredArgsConstructor
public enum Kpi {
    VISITS("Visits", false, "visits"),
    BUSINESSES_REACHED("Businesses reached", false, "businesses"),
    KEY_COMPANIES_VISITED("Key companies visited", true, "%"),
    JOBS_RETAINED("Jobs retained", false, "jobs"),
    JOBS_CREATED("Jobs created", false, "jobs"),
    CAPITAL_INVESTMENT("Capital investment", false, "$"),
    FLAGS_RESOLVED_ON_TIME("Flags resolved within standard", true, "%"),
    FOLLOW_UPS_ON_TIME("Follow-ups on time", true, "%"),
    MEDIAN_SATISFACTION("Median satisfaction", true, "of 5");

    private final String label;
    private final boolean rate;
    private final String unit;

    public String label() {
        return label;
    }

    /** A share or a median: compared as it is, never prorated. */
    public boolean isRate() {
        return rate;
    }

    public String unit() {
        return unit;
    }
}
