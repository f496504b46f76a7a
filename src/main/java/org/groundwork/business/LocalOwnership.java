package org.groundwork.business;

/** Whether decisions are made here or at a headquarters elsewhere: branches are likelier to be moved. */
public enum LocalOwnership {
    LOCAL("Locally owned"), BRANCH("Branch of an outside headquarters"), UNKNOWN("Not known");

    private final String label;

    LocalOwnership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
