package org.groundwork.issue;

/**
 * A macro-issue with what it weighs: the businesses linked to it (archived ones left out), the employees at those
 * businesses and their open red flags.
 * <p>
 * The heat score is {@code 100 × businesses + employees + 250 × open red flags}: one more business affected weighs
 * as much as 100 more jobs, and a business in open trouble (a red flag) as much as two and a half businesses.
 * The database computes the same formula when it stores the figures ({@link IssueHeatRepository}).
 */
public record IssueHeat(Long id, long version, String title, IssueCategory category, IssueStatus status,
                        long businesses, long employees, long openRedFlags) {

    public static final String SCORE_EXPLAINED = "Heat = 100 per business affected + 1 per employee at those "
            + "businesses + 250 per open red flag on them.";

    public long score() {
        return 100 * businesses + employees + 250 * openRedFlags;
    }

    /** The figures last stored on the issue (see {@link IssueHeatService}). */
    static IssueHeat stored(MacroIssue issue) {
        return new IssueHeat(issue.getId(), issue.getVersion(), issue.getTitle(), issue.getCategory(),
                issue.getStatus(), issue.getHeatBusinesses(), issue.getHeatEmployees(), issue.getHeatRedFlags());
    }

    static IssueHeat cold(MacroIssue issue) {
        return new IssueHeat(issue.getId(), issue.getVersion(), issue.getTitle(), issue.getCategory(),
                issue.getStatus(), 0, 0, 0);
    }
}
