package org.groundwork.visit.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestFollowUps;
import org.groundwork.testing.TestOrganizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
class FollowUpServiceTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    TestFollowUps testFollowUps;
    @Autowired
    FollowUpOwnerReferences organizationReferences;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestBusinesses businesses;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private UserAccount me;
    private Business business;

    @BeforeEach
    void signIn() {
        me = accounts.signIn("follow-up-staff-" + suffix, Role.STAFF);
        business = businesses.named("Followed " + suffix);
    }

    @Test
    void aFollowUpNeedsExactlyOneOwner() {
        FollowUp nobody = draft("Send the grant form", LocalDate.now().plusDays(5));
        assertThatThrownBy(() -> followUps.create(nobody)).isInstanceOf(RuleViolationException.class)
                .hasMessage(FollowUpService.NO_OWNER)
                .satisfies(e -> assertThat(((RuleViolationException) e).getField()).isEqualTo("owner"));
        FollowUp both = draft("Send the grant form", LocalDate.now().plusDays(5));
        both.setOwnerStaffId(me.getId());
        both.setOwnerOrganization(organization());
        assertThatThrownBy(() -> followUps.create(both)).hasMessage(FollowUpService.TWO_OWNERS);
    }

    @Test
    void myFollowUpsListOpenOnesByDueDateWithOwnerNamesAndOverdueOnes() {
        FollowUp later = mine("Later", LocalDate.now().plusDays(10));
        FollowUp overdue = mine("Overdue", LocalDate.now().minusDays(1));
        var rows = followUps.ownedBy(me.getId(), false, PageRequest.of(0, 10, Sort.by("dueDate")));
        assertThat(rows).extracting(r -> r.followUp().getDescription()).containsExactly("Overdue", "Later");
        assertThat(rows).extracting(FollowUpRow::ownerName).containsOnly("Test follow-up-staff-" + suffix);
        assertThat(rows.getFirst().followUp().isOverdue(LocalDate.now())).isTrue();
        assertThat(rows.getLast().followUp().isOverdue(LocalDate.now())).isFalse();
        assertThat(rows.getFirst().followUp().getBusiness().getDisplayName()).isEqualTo("Followed " + suffix);

        followUps.close(later.getId(), later.getVersion(), FollowUpStatus.DONE, "Sent.");
        assertThat(followUps.countOwnedBy(me.getId(), false)).isEqualTo(1);
        assertThat(followUps.countOwnedBy(me.getId(), true)).isEqualTo(2);
        assertThat(followUps.myStaffId()).isEqualTo(me.getId());
        assertThat(overdue.getStatus()).isEqualTo(FollowUpStatus.OPEN);
    }

    @Test
    void acknowledgingThenClosingRecordsWhenAndRequiresAnOutcome() {
        FollowUp followUp = mine("Call back about the lease", LocalDate.now().plusDays(3));
        clock.advance(Duration.ofHours(5));
        FollowUp acknowledged = followUps.acknowledge(followUp.getId(), followUp.getVersion());
        assertThat(acknowledged.getStatus()).isEqualTo(FollowUpStatus.ACKNOWLEDGED);
        assertThat(acknowledged.getAcknowledgedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> followUps.acknowledge(followUp.getId(), acknowledged.getVersion()))
                .hasMessageContaining("Only an open");

        assertThatThrownBy(() -> followUps.close(followUp.getId(), acknowledged.getVersion(), FollowUpStatus.DONE,
                "  ")).isInstanceOf(RuleViolationException.class).hasMessageContaining("what came of it");
        FollowUp done = followUps.close(followUp.getId(), acknowledged.getVersion(), FollowUpStatus.DONE,
                "Landlord agreed to a 3-year extension.");
        assertThat(done.getStatus()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.getClosedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> followUps.close(followUp.getId(), done.getVersion(), FollowUpStatus.CANCELLED,
                "x")).hasMessageContaining("already closed");
    }

    @Test
    void staleChangesAreRefusedAndNothingIsOverwritten() {
        FollowUp followUp = mine("Introduce to the college", LocalDate.now().plusDays(3));
        FollowUp mine = followUps.get(followUp.getId());
        followUps.acknowledge(followUp.getId(), followUp.getVersion());
        mine.setDescription("My edit");
        assertThatThrownBy(() -> followUps.update(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> followUps.close(followUp.getId(), followUp.getVersion(), FollowUpStatus.DONE,
                "Done")).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(followUps.get(followUp.getId()).getDescription()).isEqualTo("Introduce to the college");
    }

    @Test
    void anOrganizationOwningFollowUpsIsKept() {
        PartnerOrganization college = organization();
        assertThat(organizationReferences.reasonToKeep(college.getId())).isEmpty();
        FollowUp saved = testFollowUps.forOrganization(business, "Arrange a welding course",
                LocalDate.now().plusDays(30), college);
        assertThat(followUps.ofBusiness(business.getId(), PageRequest.of(0, 5))).extracting(FollowUpRow::ownerName)
                .containsExactly(college.getName());
        assertThat(organizationReferences.reasonToKeep(college.getId())).contains("It owns 1 follow-up.");
        assertThat(saved.getOwnerStaffId()).isNull();
    }

    @Test
    void partnersCannotReadFollowUps() {
        accounts.signIn("follow-up-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> followUps.countOfBusiness(business.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private FollowUp mine(String what, LocalDate due) {
        return testFollowUps.forStaff(business, what, due, me.getId());
    }

    private FollowUp draft(String what, LocalDate due) {
        return TestFollowUps.draft(business, what, due);
    }

    private PartnerOrganization organization() {
        return organizations.named("College " + UUID.randomUUID().toString().substring(0, 8));
    }
}
