package org.groundwork.business;

import lombok.RequiredArgsConstructor;

/** Whether decisions are made here or at a headquarters elsewhere: branches are likelier to be moved. */
@RequiredArgsConstructor
public enum LocalOwnership {
    LOCAL("Locally owned"), BRANCH("Branch of an outside headquarters"), UNKNOWN("Not known");

    private final String label;

    public String label() {
        return label;
    }
}
