package org.groundwork.issue;

import lombok.RequiredArgsConstructor;

/** Where a macro-issue stands; one column per status on the issue board. */
@RequiredArgsConstructor
public enum IssueStatus {
    EMERGING("Emerging"),
    ACTIVE("Active"),
    IN_PROGRESS("In progress"),
    RESOLVED("Resolved"),
    MONITORING("Monitoring");

    private final String label;

    public String label() {
        return label;
    }
}
