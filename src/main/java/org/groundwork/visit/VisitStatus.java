package org.groundwork.visit;

import lombok.RequiredArgsConstructor;

/** A visit is planned, then completed (written up) or cancelled. */
@RequiredArgsConstructor
public enum VisitStatus {
    PLANNED("Planned"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    public String label() {
        return label;
    }
}
