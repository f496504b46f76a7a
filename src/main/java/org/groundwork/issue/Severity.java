package org.groundwork.issue;

import lombok.RequiredArgsConstructor;

/** How hard an issue hits one linked business. */
@RequiredArgsConstructor
public enum Severity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    public String label() {
        return label;
    }
}
