package org.groundwork.business;

/** Whether the business owns or leases its facility; a lease ending soon is a retention risk. */
public enum FacilityTenure {
    OWNED("Owned"), LEASED("Leased"), UNKNOWN("Not known");

    private final String label;

    FacilityTenure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
