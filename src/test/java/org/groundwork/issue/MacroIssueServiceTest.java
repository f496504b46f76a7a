package org.groundwork.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.Sector;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestIssues;
import org.groundwork.testing.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@GroundworkTest
@SignedInAs(username = "issue-staff", roles = Role.STAFF)
class MacroIssueServiceTest {

    @Autowired
    MacroIssueService issues;
    @Autowired
    TestIssues testIssues;
    @Autowired
    IssueLinkService links;
    @Autowired
    IssueHeatService heat;
    @Autowired
    ActionPlanService actionPlans;
    @Autowired
    IssueCommentService comments;
    @Autowired
    PartnerOrganizationService organizations;
    @Autowired
    TestOrganizations testOrganizations;
    @Autowired
    TestBusinesses businesses;
    @Autowired
    BusinessService businessService;
    @Autowired
    TestAccounts accounts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void linkingTheSameBusinessTwiceIsRefusedByName() {
        MacroIssue issue = testIssues.create("Welders hard to find", IssueCategory.WORKFORCE);
        Business business = businesses.create("Acme Fab", "332710", 30, 0);
        links.link(issue.getId(), new LinkRequest(business.getId(), Severity.HIGH, 42L, null, "Said in interview"));
        assertThatThrownBy(() -> links.link(issue.getId(), LinkRequest.of(business.getId(), Severity.LOW)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("business");
                    assertThat(e.getMessage()).contains(business.getDisplayName()).contains("already linked");
                });
        assertThat(links.linkedTo(issue.getId(), PageRequest.of(0, 10))).singleElement()
                .satisfies(l -> assertThat(l.sourceVisitId()).isEqualTo(42L));
    }

    @Test
    void heatSumsBusinessesEmployeesAndOpenRedFlagsInTheDatabase() {
        MacroIssue hot = testIssues.create("Broadband dead zone " + suffix, IssueCategory.BROADBAND);
        MacroIssue mild = testIssues.create("Parking " + suffix, IssueCategory.TRANSPORTATION);
        links.link(hot.getId(), LinkRequest.of(businesses.create("A", "311111", 100, 1).getId(), Severity.HIGH));
        links.link(hot.getId(), LinkRequest.of(businesses.create("B", "541511", 20, 0).getId(), Severity.LOW));
        links.link(mild.getId(), LinkRequest.of(businesses.create("C", "445110", 5, 0).getId(), Severity.LOW));

        IssueHeat hotHeat = heat.of(issues.get(hot.getId()));
        assertThat(hotHeat.businesses()).isEqualTo(2);
        assertThat(hotHeat.employees()).isEqualTo(120);
        assertThat(hotHeat.openRedFlags()).isEqualTo(1);
        assertThat(hotHeat.score()).isEqualTo(200 + 120 + 250);
        assertThat(heat.ranking(new IssueFilter(suffix, null, null), PageRequest.of(0, 10)))
                .extracting(IssueHeat::id).containsExactly(hot.getId(), mild.getId());
        assertThat(links.sectorCounts(hot.getId())).extracting(SectorCount::sector)
                .containsExactlyInAnyOrder(Sector.MANUFACTURING, Sector.PROFESSIONAL_SERVICES);
    }

    @Test
    void storedHeatCatchesUpWithEmployeeAndFlagChangesOnTheNextRefresh() {
        MacroIssue issue = testIssues.create("Zoning " + suffix, IssueCategory.ZONING_AND_LAND);
        Business business = businesses.create("Grower", "111421", 10, 0);
        links.link(issue.getId(), LinkRequest.of(business.getId(), Severity.MEDIUM));
        assertThat(heat.ranking(new IssueFilter(suffix, null, null), PageRequest.of(0, 5))).singleElement()
                .satisfies(h -> assertThat(h.score()).isEqualTo(110));

        businessService.recordOpenFlags(business.getId(), 1, 0);
        assertThat(heat.of(issues.get(issue.getId())).score()).isEqualTo(360);
        heat.refreshAll();
        assertThat(heat.ranking(new IssueFilter(suffix, null, null), PageRequest.of(0, 5))).singleElement()
                .satisfies(h -> assertThat(h.score()).isEqualTo(360));
        assertThat(issues.board(50).columns().get(IssueStatus.EMERGING)).filteredOn(h -> h.id().equals(issue.getId()))
                .singleElement().satisfies(h -> assertThat(h.openRedFlags()).isEqualTo(1));
    }

    @Test
    void theBoardShowsEachStatusAndRefusesAStaleMove() {
        MacroIssue issue = testIssues.create("Permits take months " + suffix, IssueCategory.PERMITTING);
        MacroIssue moved = issues.move(issue.getId(), issue.getVersion(), IssueStatus.ACTIVE);
        IssueBoard board = issues.board(50);
        assertThat(board.columns().get(IssueStatus.ACTIVE)).extracting(IssueHeat::id).contains(issue.getId());
        assertThat(board.counts().get(IssueStatus.ACTIVE)).isPositive();
        assertThatThrownBy(() -> issues.move(issue.getId(), issue.getVersion(), IssueStatus.RESOLVED))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(issues.get(issue.getId()).getStatus()).isEqualTo(moved.getStatus());
    }

    @Test
    void similarIssuesShareATitleWordOrTheCategory() {
        MacroIssue childcare = testIssues.create("No childcare slots near plant " + suffix, IssueCategory.CHILDCARE);
        testIssues.create("Unrelated " + suffix, IssueCategory.OTHER);
        assertThat(issues.similar("Childcare waiting lists", null, 5)).extracting(MacroIssue::getId)
                .contains(childcare.getId());
        assertThat(issues.similar("", IssueCategory.CHILDCARE, 50)).extracting(MacroIssue::getId)
                .contains(childcare.getId());
    }

    @Test
    void anOrganizationOwningOpenActionItemsCannotBeDeleted() {
        PartnerOrganization board = testOrganizations.create("Workforce Board " + suffix,
                OrganizationType.WORKFORCE_BOARD);
        MacroIssue issue = testIssues.create("Training gap " + suffix, IssueCategory.WORKFORCE);
        ActionItem item = actionPlans.save(TestIssues.step(issue, "Run a welding bootcamp", board.getId()));

        Long boardId = board.getId();
        assertThatThrownBy(() -> organizations.delete(boardId)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("It owns 1 open action item.");
        item.setStatus(ActionStatus.DONE);
        actionPlans.save(item);
        assertThatThrownBy(() -> organizations.delete(boardId)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("It is named on 1 finished action item.");

        Long unusedId = testOrganizations.named("Unused " + suffix).getId();
        organizations.delete(unusedId);
        assertThat(organizations.find(unusedId)).isEmpty();
    }

    @Test
    void anActionItemNeedsAnOwner() {
        ActionItem item = new ActionItem(testIssues.create("Owners " + suffix, IssueCategory.OTHER).getId());
        item.setDescription("Someone should do something");
        assertThatThrownBy(() -> actionPlans.save(item)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getField()).isEqualTo("owner"));
    }

    @Test
    void mentioningAStaffMemberLeavesThemAnUnseenMention() {
        accounts.ensure("mentioned-" + suffix, Role.STAFF);
        MacroIssue issue = testIssues.create("Water pressure " + suffix, IssueCategory.UTILITIES);
        comments.add(issue.getId(), "@mentioned-" + suffix + " can you call the utility? cc @nobody-here");
        assertThat(comments.commentsOn(issue.getId())).singleElement()
                .satisfies(c -> assertThat(c.getAuthor()).isEqualTo("issue-staff"));

        accounts.signIn("mentioned-" + suffix, Role.STAFF);
        assertThat(comments.countMyUnseenMentions()).isEqualTo(1);
        MentionNotice mention = comments.myUnseenMentions(5).getFirst();
        assertThat(mention.issueTitle()).isEqualTo(issue.getTitle());
        assertThat(mention.author()).isEqualTo("issue-staff");
        comments.markSeen(mention.mentionId());
        assertThat(comments.countMyUnseenMentions()).isZero();
    }
}
