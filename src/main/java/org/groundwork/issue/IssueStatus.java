package org.groundwork.issue;

/** Where a macro-issue stands; one column per status on the issue board. */
public enum IssueStatus {
    EMERGING("Emerging"),
    ACTIVE("Active"),
    IN_PROGRESS("In progress"),
    RESOLVED("Resolved"),
    MONITORING("Monitoring");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
