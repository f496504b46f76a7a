package org.groundwork.visit.flag;

public enum FlagStatus {
    OPEN("Open"), RESOLVED("Resolved");

    private final String label;

    FlagStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
