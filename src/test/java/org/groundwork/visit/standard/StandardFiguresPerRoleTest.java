package org.groundwork.visit.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestFollowUps;
import org.groundwork.testing.TestOrganizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Service-standard figures per role: staff see their own line, each partner organization's and the program's
 * overall line, never a colleague's; directors and admins see everyone's; partners are refused.
 */
@GroundworkTest
class StandardFiguresPerRoleTest {

    // A Monday of its own, so the period holds this test's follow-ups (and perhaps a few of other runs).
    private static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @Autowired
    ServiceStandardService standards;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    TestBusinesses businesses;
    @Autowired
    TestFollowUps followUps;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private UserAccount me;
    private UserAccount colleague;
    private PartnerOrganization chamber;

    @BeforeEach
    void followUpsOfTwoColleaguesAndAnOrganization() {
        me = accounts.ensure("figures-me-" + suffix, Role.STAFF);
        colleague = accounts.ensure("figures-colleague-" + suffix, Role.STAFF);
        accounts.signIn("figures-admin-" + suffix, Role.ADMIN);
        chamber = organizations.create("Figures Chamber " + suffix, OrganizationType.CHAMBER);
        Business business = businesses.named("Figures " + suffix);
        clock.set(MONDAY, LocalTime.of(10, 0));
        String what = "Figures " + suffix;
        followUps.forStaff(business, what, MONDAY.plusDays(30), me.getId());
        followUps.forStaff(business, what, MONDAY.plusDays(30), colleague.getId());
        followUps.forOrganization(business, what, MONDAY.plusDays(30), chamber);
        clock.set(MONDAY.plusDays(40), LocalTime.NOON);
    }

    @Test
    void staffSeeTheirOwnLineTheOrganizationsAndTheTotalButNoColleagues() {
        accounts.signIn(me);
        assertThat(standards.summary(MONDAY, MONDAY)).extracting(StandardResult::who)
                .contains(me.getFullName(), chamber.getName(), StandardResult.EVERYONE)
                .doesNotContain(colleague.getFullName());
        StandardResult total = standards.summary(MONDAY, MONDAY).stream()
                .filter(r -> r.standard().startsWith("Acknowledge") && StandardResult.EVERYONE.equals(r.who()))
                .findFirst().orElseThrow();
        assertThat(total.measured()).as("the total still counts the colleague's work").isGreaterThanOrEqualTo(3);
    }

    @Test
    void directorsAndAdminsSeeEveryonesLine() {
        for (Role role : new Role[] {Role.DIRECTOR, Role.ADMIN}) {
            accounts.signIn("figures-reader-" + role.name().toLowerCase() + "-" + suffix, role);
            assertThat(standards.summary(MONDAY, MONDAY)).extracting(StandardResult::who)
                    .contains(me.getFullName(), colleague.getFullName(), chamber.getName(), StandardResult.EVERYONE);
        }
    }

    @Test
    void partnersAreRefused() {
        accounts.signIn(accounts.ensurePartner("figures-partner-" + suffix, chamber.getId()));
        assertThatThrownBy(() -> standards.summary(MONDAY, MONDAY)).isInstanceOf(AccessDeniedException.class);
    }
}
