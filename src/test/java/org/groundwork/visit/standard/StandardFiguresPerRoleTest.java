package org.groundwork.visit.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.TestStandardFigures;
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
    TestStandardFigures figures;
    @Autowired
    TestAccounts accounts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private TestStandardFigures.Owners owners;

    @BeforeEach
    void followUpsOfTwoColleaguesAndAnOrganization() {
        owners = figures.openOn(MONDAY, "Figures", suffix);
        figures.readLater(MONDAY);
    }

    @Test
    void staffSeeTheirOwnLineTheOrganizationsAndTheTotalButNoColleagues() {
        accounts.signIn(owners.me());
        assertThat(standards.summary(MONDAY, MONDAY)).extracting(StandardResult::who)
                .contains(owners.me().getFullName(), owners.chamber().getName(), StandardResult.EVERYONE)
                .doesNotContain(owners.colleague().getFullName());
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
                    .contains(owners.me().getFullName(), owners.colleague().getFullName(), owners.chamber().getName(),
                            StandardResult.EVERYONE);
        }
    }

    @Test
    void partnersAreRefused() {
        accounts.signIn(accounts.ensurePartner("figures-partner-" + suffix, owners.chamber().getId()));
        assertThatThrownBy(() -> standards.summary(MONDAY, MONDAY)).isInstanceOf(AccessDeniedException.class);
    }
}
