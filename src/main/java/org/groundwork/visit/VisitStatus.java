package org.groundwork.visit;

/** A visit is planned, then completed (written up) or cancelled. */
public enum VisitStatus {
    PLANNED("Planned"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
