package org.groundwork.issue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.issue.ActionPlanService;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.IssueCommentService;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.Severity;
import org.groundwork.security.Role;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestIssues;
import org.groundwork.testing.TestOrganizations;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IssueViewTest extends ViewTestBase {

    @Autowired
    TestIssues issues;
    @Autowired
    ActionPlanService actionPlans;
    @Autowired
    IssueCommentService comments;
    @Autowired
    TestOrganizations partners;
    @Autowired
    TestBusinesses businesses;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private MacroIssue issue;
    private Business linked;
    private IssueView page;

    @BeforeEach
    void openIssue() {
        signIn("issue-page", Role.STAFF);
        issue = issues.create("Broadband gaps " + suffix, IssueCategory.BROADBAND);
        linked = businesses.create("Rural Print", "323111", 14, 0);
        issues.link(issue, linked, Severity.HIGH);
        page = navigate("issues/" + issue.getId(), IssueView.class);
    }

    @Test
    void showsLinkedBusinessesWithCountsBySector() {
        assertThat(test(page.businesses.grid).size()).isEqualTo(1);
        assertThat(page.businesses.sectors.getText()).isEqualTo("By sector: 1 in Manufacturing.");
        assertThat(page.heat.getText()).startsWith("Heat 114");
    }

    @Test
    void linkingTheSameBusinessAgainIsRefusedOnTheField() {
        test(page.businesses.link).click();
        LinkBusinessDialog dialog = $(LinkBusinessDialog.class).single();
        dialog.business.setValue(linked);
        test(dialog.link).click();
        assertThat(dialog.business.isInvalid()).isTrue();
        assertThat(dialog.business.getErrorMessage()).contains("is already linked");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void anActionItemOwnedByAPartnerAppearsInThePlan() {
        PartnerOrganization college = partners.create("Valley College " + suffix, OrganizationType.COLLEGE);
        navigate("issues/" + issue.getId(), IssueView.class);
        page = $(IssueView.class).single();

        test(page.actionPlan.add).click();
        ActionItemDialog dialog = $(ActionItemDialog.class).single();
        test(dialog.form.description).setValue("Map the dead zones");
        test(dialog.form.ownerKind).selectItem(ActionItemForm.PARTNER);
        test(dialog.form.partnerOwner).selectItem(college.getName());
        test(dialog.save).click();

        assertThat(test(page.actionPlan.grid).size()).isEqualTo(1);
        assertThat(test(page.actionPlan.grid).getCellText(0, 1)).isEqualTo(college.getName());
    }

    @Test
    void aCommentMentioningAColleagueIsPostedAndTheHistoryShowsTheIssue() {
        accounts.ensure("colleague-" + suffix, Role.STAFF);
        test(page.comments.body).setValue("@colleague-" + suffix + " please look at this");
        test(page.comments.post).click();
        assertThat(page.comments.comments.getElement().getTextRecursively()).contains("please look at this");
        assertThat(test(page.history.grid).size()).isPositive();

        signIn(accounts.ensure("colleague-" + suffix, Role.STAFF));
        assertThat(comments.countMyUnseenMentions()).isEqualTo(1);
    }
}
