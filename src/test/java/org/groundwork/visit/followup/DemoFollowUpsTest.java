package org.groundwork.visit.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.base.RunAsSystem;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.TestAccounts;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@GroundworkTest
class DemoFollowUpsTest {

    @Autowired
    BusinessService businesses;
    @Autowired
    FollowUpService followUps;
    @Autowired
    StaffDirectory staff;
    @Autowired
    PartnerOrganizationService organizations;
    @Autowired
    Clock clock;
    @Autowired
    TestAccounts accounts;

    @Test
    void demoFollowUpsAreAddedOnceOnTheFirstBusinesses() {
        accounts.ensure("staff", Role.STAFF);
        RunAsSystem.run(() -> {
            Business fresh = new Business();
            fresh.setLegalName("Demo " + UUID.randomUUID());
            businesses.save(fresh);
        });
        var demo = new DemoFollowUps(businesses, followUps, staff, organizations, clock);
        demo.run(null);
        RunAsSystem.run(() -> {
            Business first = businesses.search(BusinessFilter.all(), PageRequest.of(0, 1, Sort.by("id")))
                    .getFirst();
            long followUpsBefore = followUps.countOfBusiness(first.getId());
            assertThat(followUpsBefore).isPositive();
            FollowUp done = followUps.ofBusiness(first.getId(), PageRequest.of(0, 100)).stream()
                    .map(FollowUpRow::followUp)
                    .filter(f -> f.getDescription().equals("Send the expansion grant application form")).findFirst()
                    .orElseThrow();
            assertThat(done.getStatus()).isEqualTo(FollowUpStatus.DONE);
            assertThat(LocalDate.ofInstant(done.getClosedAt(), clock.getZone())).isBefore(done.getDueDate());
            demo.run(null);
            assertThat(followUps.countOfBusiness(first.getId())).isEqualTo(followUpsBefore);
        });
    }
}
