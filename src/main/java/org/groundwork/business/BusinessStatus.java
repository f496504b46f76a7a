package org.groundwork.business;

import lombok.RequiredArgsConstructor;

/** Whether the business still operates here. Archiving (soft delete) is separate from this. */
@RequiredArgsConstructor
public enum BusinessStatus {
    ACTIVE("Active"), CLOSED("Closed"), RELOCATED("Relocated");

    private final String label;

    public String label() {
        return label;
    }
}
