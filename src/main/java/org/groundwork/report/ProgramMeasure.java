package org.groundwork.report;

import java.util.List;
import lombok.RequiredArgsConstructor;

/** A figure the retention summary reports and a director can put on a quarterly scorecard. */
@RequiredArgsConstructor
public enum ProgramMeasure {
    VISITS("Visits completed", "visits"),
    BUSINESSES_REACHED("Businesses reached", "businesses"),
    KEY_COMPANIES_VISITED("Key companies visited", "% of key companies"),
    FLAGS_RAISED("Flags raised", "flags"),
    FLAGS_RESOLVED("Flags resolved", "flags"),
    FLAGS_RESOLVED_IN_STANDARD("Flags resolved within standard", "% of resolved flags"),
    JOBS_CREATED("Jobs created (won opportunities)", "jobs"),
    JOBS_RETAINED("Jobs retained (won opportunities)", "jobs"),
    JOBS_GAINED_AT_VISITED("Jobs gained at visited businesses", "jobs"),
    JOBS_LOST_AT_VISITED("Jobs lost at visited businesses", "jobs"),
    INVESTMENT("Capital investment (won opportunities)", "dollars"),
    SATISFACTION("Average satisfaction", "of 5");

    private static final List<ProgramMeasure> ON_DASHBOARD = List.of(VISITS, BUSINESSES_REACHED,
            KEY_COMPANIES_VISITED, FLAGS_RAISED, FLAGS_RESOLVED, FLAGS_RESOLVED_IN_STANDARD, JOBS_CREATED,
            JOBS_RETAINED, INVESTMENT, SATISFACTION);

    private final String label;
    private final String unit;

    /**
     * What the director's dashboard shows: every measure but the employee change at visited businesses, which
     * walks every visited business and belongs in the board report.
     */
    public static List<ProgramMeasure> onDashboard() {
        return ON_DASHBOARD;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
