package org.groundwork.visit.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.base.RunAsSystem;
import org.groundwork.security.StaffDirectory;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.visit.flag.FlagFilter;
import org.groundwork.visit.flag.FlagService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@GroundworkTest
class DemoFlagsAndFollowUpsTest {

    @Autowired
    BusinessService businesses;
    @Autowired
    FlagService flags;
    @Autowired
    FollowUpService followUps;
    @Autowired
    StaffDirectory staff;
    @Autowired
    PartnerOrganizationService organizations;
    @Autowired
    Clock clock;

    @Test
    void demoFlagsAndFollowUpsAreAddedOnceOnTheFirstBusinesses() {
        RunAsSystem.run(() -> {
            Business fresh = new Business();
            fresh.setLegalName("Demo " + UUID.randomUUID());
            businesses.save(fresh);
        });
        var demo = new DemoFlagsAndFollowUps(businesses, flags, followUps, staff, organizations, clock);
        demo.run(null);
        RunAsSystem.run(() -> {
            Business first = businesses.search(BusinessFilter.all(), PageRequest.of(0, 1, Sort.by("id")))
                    .getFirst();
            long flagsBefore = flags.count(FlagFilter.ofBusiness(first.getId()));
            long followUpsBefore = followUps.countOfBusiness(first.getId());
            assertThat(flagsBefore).isPositive();
            demo.run(null);
            assertThat(flags.count(FlagFilter.ofBusiness(first.getId()))).isEqualTo(flagsBefore);
            assertThat(followUps.countOfBusiness(first.getId())).isEqualTo(followUpsBefore);
        });
    }
}
