package org.groundwork.issue;

import lombok.RequiredArgsConstructor;

/** Progress of one action plan item; open and in progress count as open (an owner still owes the work). */
@RequiredArgsConstructor
public enum ActionStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
