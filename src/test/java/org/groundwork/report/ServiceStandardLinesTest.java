package org.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.MutableClock;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import org.groundwork.visit.standard.StandardResult;
import org.junit.jupiter.api.AfterEach;
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
    FollowUpService followUps;
    @Autowired
    BusinessService businesses;
    @Autowired
    PartnerOrganizationService organizations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private UserAccount me;
    private UserAccount colleague;
    private PartnerOrganization chamber;
    private PartnerOrganization namesake;

    @BeforeEach
    void followUpsOfTwoColleaguesAnOrganizationAndMyNamesake() {
        me = accounts.ensure("lines-me-" + suffix, Role.STAFF);
        colleague = accounts.ensure("lines-colleague-" + suffix, Role.STAFF);
        accounts.signIn("lines-admin-" + suffix, Role.ADMIN);
        chamber = organization("Lines Chamber " + suffix);
        namesake = organization(me.getFullName());
        Business business = new Business();
        business.setLegalName("Lines " + suffix);
        business = businesses.save(business);
        clock.set(MONDAY.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant());
        followUp(business, me.getId(), null);
        followUp(business, colleague.getId(), null);
        followUp(business, null, chamber);
        followUp(business, null, namesake);
        followUp(business, null, namesake);
        clock.set(MONDAY.plusDays(40).atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant());
    }

    @AfterEach
    void signOutAndRestoreTheClock() {
        accounts.signOut();
        clock.set(Instant.now());
    }

    @Test
    void staffSeeThePartnerOrganizationsLinesAsOnTheStandardsScreen() {
        accounts.signIn(me);
        assertThat(acknowledgeLines()).extracting(StandardResult::who)
                .contains(chamber.getName(), me.getFullName(), StandardResult.EVERYONE)
                .doesNotContain(colleague.getFullName());
    }

    @Test
    void aStaffMemberAndAnOrganizationOfTheSameNameKeepTheirOwnLines() {
        accounts.signIn("lines-director-" + suffix, Role.DIRECTOR);
        List<StandardResult> mine = acknowledgeLines().stream().filter(r -> me.getFullName().equals(r.who()))
                .toList();
        assertThat(mine).extracting(StandardResult::measured).containsExactlyInAnyOrder(1, 2);
    }

    private List<StandardResult> acknowledgeLines() {
        return reports.serviceStandards(ReportFilter.of(new Period(MONDAY, MONDAY), Comparison.NONE)).stream()
                .filter(r -> r.standard().startsWith(ACKNOWLEDGE)).toList();
    }

    private PartnerOrganization organization(String name) {
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName(name);
        organization.setType(OrganizationType.CHAMBER);
        return organizations.save(organization);
    }

    private void followUp(Business business, Long staffOwner, PartnerOrganization organizationOwner) {
        FollowUp followUp = new FollowUp(business, null, null);
        followUp.setDescription("Lines " + suffix);
        followUp.setDueDate(MONDAY.plusDays(30));
        followUp.setOwnerStaffId(staffOwner);
        followUp.setOwnerOrganization(organizationOwner);
        followUps.create(followUp);
    }
}
