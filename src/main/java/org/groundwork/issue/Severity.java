package org.groundwork.issue;

/** How hard an issue hits one linked business. */
public enum Severity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
