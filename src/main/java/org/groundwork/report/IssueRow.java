package org.groundwork.report;

/** One macro-issue: where it stands, how hot it is, whom it touches and how far its action plan has come. */
public record IssueRow(Long issueId, String title, String category, String status, Long heat,
                       Long affectedBusinesses, String bySector, Long actionsDone, Long actionsOpen) {
}
