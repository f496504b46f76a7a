package org.groundwork.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.groundwork.base.RunAsSystem;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The demo profile's visits go through the real services and complete cleanly. */
@GroundworkTest
class DemoVisitsTest {

    @Autowired
    VisitFixtures fixtures;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Clock clock;

    @Test
    void demoBusinessesGetCompletedVisitsWithAnswersCallsAndPlannedVisits() {
        UserAccount lead = accounts.ensure("demo-visits-lead", Role.STAFF);
        List<Business> demo = RunAsSystem.call(() -> List.of(fixtures.business("DemoA"), fixtures.business("DemoB"),
                fixtures.business("DemoC")));

        DemoVisits seeder = new DemoVisits(fixtures.visits(), fixtures.interviews(), fixtures.businesses(), staff,
                clock);
        RunAsSystem.run(() -> seeder.seed(demo, List.of(lead.getId())));

        RunAsSystem.run(() -> {
            List<VisitRow> first = fixtures.visits().forBusiness(demo.getFirst().getId(), PageRequest.of(0, 10));
            assertThat(first).extracting(VisitRow::status).containsExactlyInAnyOrder(VisitStatus.PLANNED,
                    VisitStatus.COMPLETED, VisitStatus.COMPLETED);
            Long completed = first.stream().filter(r -> !r.interaction() && r.status() == VisitStatus.COMPLETED)
                    .findFirst().orElseThrow().id();
            assertThat(fixtures.interviews().interview(completed)).filteredOn(a -> !a.values().isEmpty())
                    .hasSizeGreaterThan(15);
            assertThat(fixtures.lastContactOf(demo.getFirst())).isNotNull();
        });
    }
}
