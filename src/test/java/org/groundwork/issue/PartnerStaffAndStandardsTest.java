package org.groundwork.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.security.TestAccounts;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.visit.standard.Measure;
import org.groundwork.visit.standard.ServiceStandard;
import org.groundwork.visit.standard.ServiceStandardService;
import org.groundwork.visit.standard.StandardResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Two things a partner's work touches outside the portal: what the staff directory tells a partner (usernames to
 * mention, only where their organization may comment; never ids, names or a search), and the service standards,
 * which measure a partner organization's follow-ups like staff's and show its on-time share on its own row.
 */
@GroundworkTest
class PartnerStaffAndStandardsTest {

    @Autowired
    PartnerWorld worlds;
    @Autowired
    TestAccounts accounts;
    @Autowired
    StaffDirectory staff;
    @Autowired
    PartnerOrganizationService organizations;
    @Autowired
    PartnerFollowUpService partnerFollowUps;
    @Autowired
    ServiceStandardService standards;
    @Autowired
    IssueSharingService sharing;
    @Autowired
    Clock clock;

    private PartnerWorld.World world;

    @BeforeEach
    void buildWorld() {
        world = worlds.build();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aPartnerWhoMayCommentGetsUsernamesOnlyAndCannotSearch() {
        String staffName = world.staff().getUsername();
        accounts.signIn(world.partnerA());
        List<StaffMember> offered = staff.search(null, PageRequest.of(0, 500));
        assertThat(offered).isNotEmpty().allSatisfy(member -> {
            assertThat(member.id()).isNull();
            assertThat(member.fullName()).isEqualTo(member.username());
        });
        assertThat(staff.search(staffName, PageRequest.of(0, 20))).isEmpty();
        assertThat(staff.findByUsername(staffName)).hasValueSatisfying(member -> {
            assertThat(member.id()).isNull();
            assertThat(member.fullName()).isEqualTo(staffName);
        });

        accounts.signIn(world.staff());
        assertThat(staff.findByUsername(staffName)).hasValueSatisfying(m -> assertThat(m.id()).isNotNull());
        assertThat(staff.search(staffName, PageRequest.of(0, 20))).extracting(StaffMember::username)
                .contains(staffName);
    }

    @Test
    void aPartnerWhoseOrganizationMayNotCommentAnywhereLearnsNoStaff() {
        PartnerOrganization viewer = new PartnerOrganization();
        viewer.setName("Viewer " + world.a().getName());
        viewer.setType(OrganizationType.CHAMBER);
        viewer = organizations.save(viewer);
        sharing.share(world.both().getId(), viewer.getId(), SharePermission.VIEW);
        var onlyViews = accounts.ensurePartner("viewer-" + world.partnerA().getUsername(), viewer.getId());

        accounts.signIn(onlyViews);
        assertThat(staff.search(null, PageRequest.of(0, 20))).isEmpty();
        assertThat(staff.findByUsername(world.staff().getUsername())).isEmpty();
    }

    @Test
    void theServiceStandardsShowEachPartnerOrganizationsOnTimeShare() {
        accounts.signIn(world.partnerA());
        PortalFollowUp mine = partnerFollowUps.mine(false, PageRequest.of(0, 10)).getFirst();
        partnerFollowUps.acknowledge(mine.id(), mine.version());

        accounts.signIn("standards-director", Role.DIRECTOR);
        LocalDate today = LocalDate.now(clock);
        List<StandardResult> results = standards.summary(today.minusDays(7), today.plusDays(1));
        Set<String> acknowledging = standards.list(PageRequest.of(0, 50)).stream()
                .filter(s -> s.isEnabled() && s.getMeasure() == Measure.FOLLOW_UP_ACKNOWLEDGED)
                .map(ServiceStandard::getName).collect(Collectors.toSet());
        assertThat(acknowledging).isNotEmpty();
        assertThat(results).filteredOn(r -> r.who().equals(world.a().getName())
                        && acknowledging.contains(r.standard()))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.measured()).isEqualTo(1);
                    assertThat(r.onTime()).isEqualTo(1);
                });
        assertThat(results).anyMatch(r -> r.who().equals(world.b().getName()));
    }
}
