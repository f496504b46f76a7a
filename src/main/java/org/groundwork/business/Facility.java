package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * Where the business works from: whether it owns or leases its facility and, for a lease, when it ends (a lease
 * ending soon is a retention risk the flag rules watch). The field names are the audit trail's names, as before
 * they moved here.
 */
@Embeddable
public class Facility {

    @Enumerated(EnumType.STRING)
    @Column(name = "facility_tenure", nullable = false, length = 20)
    private FacilityTenure facilityTenure = FacilityTenure.UNKNOWN;

    @Column(name = "lease_expiry")
    private LocalDate leaseExpiry;

    public FacilityTenure getTenure() {
        return facilityTenure;
    }

    /** Not known where nothing is said. */
    public void setTenure(FacilityTenure tenure) {
        facilityTenure = tenure == null ? FacilityTenure.UNKNOWN : tenure;
    }

    public LocalDate getLeaseExpiry() {
        return leaseExpiry;
    }

    public void setLeaseExpiry(LocalDate leaseExpiry) {
        this.leaseExpiry = leaseExpiry;
    }
}
