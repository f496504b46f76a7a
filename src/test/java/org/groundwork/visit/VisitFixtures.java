package org.groundwork.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.springframework.stereotype.Component;

/** Test helper: businesses and planned visits, made through the real services by the signed-in user. */
@Component
public class VisitFixtures {

    private final BusinessService businesses;
    private final VisitService visits;

    VisitFixtures(BusinessService businesses, VisitService visits) {
        this.businesses = businesses;
        this.visits = visits;
    }

    public Business business(String prefix) {
        Business business = new Business();
        business.setLegalName(prefix + " " + UUID.randomUUID().toString().substring(0, 8) + " Works");
        return businesses.save(business);
    }

    public Visit planned(Business business, Long leadStaffId, LocalDate date) {
        return visits.plan(new VisitPlan(business.getId(), date, LocalTime.of(10, 0), VisitChannel.ON_SITE,
                leadStaffId, Set.of(), Set.of(), "Annual check-in", null));
    }
}
