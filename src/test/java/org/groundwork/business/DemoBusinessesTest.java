package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.groundwork.base.RunAsSystem;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The demo town is seeded through the real services and is plausible data for every page that shows it. */
@GroundworkTest
class DemoBusinessesTest {

    @Autowired
    BusinessService businesses;
    @Autowired
    ContactService contacts;
    @Autowired
    TargetListService targets;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Clock clock;
    @Autowired
    TestAccounts accounts;

    @Test
    void theDemoTownHasVariedBusinessesWithContactsHistoryOwnersAndLookAlikes() {
        accounts.ensure("staff", Role.STAFF);
        accounts.ensure("riley", Role.STAFF);
        DemoBusinesses demo = new DemoBusinesses(businesses, contacts, staff, clock);
        long before = RunAsSystem.call(() -> businesses.count(BusinessFilter.all()));
        RunAsSystem.run(demo::seed);

        RunAsSystem.run(() -> {
            assertThat(businesses.count(BusinessFilter.all())).isEqualTo(before + DemoBusinesses.COUNT + 2);
            Business first = businesses.search(BusinessFilter.byText("Riverton Machine Works"), PageRequest.of(0, 1))
                    .getFirst();
            assertThat(first.getSector()).isEqualTo(Sector.MANUFACTURING);
            assertThat(first.getTargeting().isKeyCompany()).isTrue();
            assertThat(first.getTargeting().getKeyCompanyReason()).isNotBlank();
            assertThat(first.getOwnerId()).isNotNull();
            assertThat(contacts.contactsOf(first.getId())).filteredOn(Contact::isPrimary).hasSize(1);
            assertThat(businesses.employeeHistory(first.getId())).hasSizeBetween(2, 4);
            assertThat(first.getFigures().getCurrentEmployees()).isEqualTo(
                    businesses.employeeHistory(first.getId()).getFirst().getEmployees());
            Business lookAlike = businesses.search(BusinessFilter.byText("Summit Fitness"), PageRequest.of(0, 5))
                    .stream().filter(b -> "Summit Fitness".equals(b.getLegalName())).findFirst().orElseThrow();
            assertThat(businesses.likelyDuplicates(lookAlike)).extracting(Business::getDisplayName)
                    .contains("Summit Fitness Center");
            assertThat(targets.count(TargetFilter.all())).isGreaterThan(20);
        });
    }
}
