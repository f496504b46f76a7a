package org.groundwork.business;

import lombok.RequiredArgsConstructor;

/** Whether the business owns or leases its facility; a lease ending soon is a retention risk. */
@RequiredArgsConstructor
public enum FacilityTenure {
    OWNED("Owned"), LEASED("Leased"), UNKNOWN("Not known");

    private final String label;

    public String label() {
        return label;
    }
}
