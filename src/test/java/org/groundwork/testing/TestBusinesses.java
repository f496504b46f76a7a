package org.groundwork.testing;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.springframework.stereotype.Component;

/** Creates businesses for tests through the real service (the caller must be signed in as staff). */
@Component
public record TestBusinesses(BusinessService businesses) {

    /** A business with exactly this legal name and nothing else filled in. */
    public Business named(String legalName) {
        return named(legalName, business -> { });
    }

    /** A business with exactly this legal name, looked after by that staff member (none if null). */
    public Business named(String legalName, Long ownerId) {
        return named(legalName, business -> business.setOwnerId(ownerId));
    }

    /** A business with exactly this legal name and what {@code details} fills in. */
    public Business named(String legalName, Consumer<Business> details) {
        Business business = new Business();
        business.setLegalName(legalName);
        details.accept(business);
        return businesses.save(business);
    }

    public Business create(String name, String naics, Integer employees, int openRedFlags) {
        Business saved = named(name + " " + UUID.randomUUID().toString().substring(0, 6),
                business -> business.setNaicsCode(naics));
        if (employees != null) {
            businesses.recordEmployees(saved.getId(), LocalDate.of(2026, 1, 1), employees, "test");
        }
        if (openRedFlags > 0) {
            businesses.recordOpenFlags(saved.getId(), openRedFlags, 0);
        }
        return businesses.get(saved.getId());
    }
}
