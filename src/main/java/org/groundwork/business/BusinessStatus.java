package org.groundwork.business;

/** Whether the business still operates here. Archiving (soft delete) is separate from this. */
public enum BusinessStatus {
    ACTIVE("Active"), CLOSED("Closed"), RELOCATED("Relocated");

    private final String label;

    BusinessStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
