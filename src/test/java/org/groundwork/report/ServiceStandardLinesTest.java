package org.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.TestOrganizations;
import org.groundwork.testing.TestStandardFigures;
import org.groundwork.visit.standard.StandardResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service-standards report's lines: the same as the service standards screen's for every reader (staff
 * narrowed by id, not by name), and one line per person or organization even when their names are the same.
 */
@GroundworkTest
class ServiceStandardLinesTest {

    // A day of its own, so the period holds this test's follow-ups (and perhaps a few of other runs).
    private static final LocalDate MONDAY = LocalDate.of(2034, 5, 1);
    private static final String ACKNOWLEDGE = "Acknowledge";

    @Autowired
    ReportService reports;
    @Autowired
    TestStandardFigures figures;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    TestAccounts accounts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private TestStandardFigures.Owners owners;
    private PartnerOrganization namesake;

    @BeforeEach
    void followUpsOfTwoColleaguesAnOrganizationAndMyNamesake() {
        owners = figures.openOn(MONDAY, "Lines", suffix);
        namesake = organizations.create(owners.me().getFullName(), OrganizationType.CHAMBER);
        figures.forOrganization(owners, MONDAY, namesake);
        figures.forOrganization(owners, MONDAY, namesake);
        figures.readLater(MONDAY);
    }

    @Test
    void staffSeeThePartnerOrganizationsLinesAsOnTheStandardsScreen() {
        accounts.signIn(owners.me());
        assertThat(acknowledgeLines()).extracting(StandardResult::who)
                .contains(owners.chamber().getName(), owners.me().getFullName(), StandardResult.EVERYONE)
                .doesNotContain(owners.colleague().getFullName());
    }

    @Test
    void aStaffMemberAndAnOrganizationOfTheSameNameKeepTheirOwnLines() {
        accounts.signIn("lines-director-" + suffix, Role.DIRECTOR);
        List<StandardResult> mine = acknowledgeLines().stream().filter(r -> owners.me().getFullName().equals(r.who()))
                .toList();
        assertThat(mine).extracting(StandardResult::measured).containsExactlyInAnyOrder(1, 2);
    }

    private List<StandardResult> acknowledgeLines() {
        return reports.serviceStandards(ReportFilter.of(new Period(MONDAY, MONDAY), Comparison.NONE)).stream()
                .filter(r -> r.standard().startsWith(ACKNOWLEDGE)).toList();
    }
}
