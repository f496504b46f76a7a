package org.groundwork.issue;

/** Progress of one action plan item; open and in progress count as open (an owner still owes the work). */
public enum ActionStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
