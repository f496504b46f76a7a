package org.groundwork.issue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.groundwork.opportunity.OpportunityFilter;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Partners see none of the issues, opportunities or directory yet: every read path refuses them. */
@GroundworkTest
class InternalOnlyAccessTest {

    @Autowired
    MacroIssueService issues;
    @Autowired
    IssueHeatService heat;
    @Autowired
    IssueLinkService links;
    @Autowired
    ActionPlanService actionPlans;
    @Autowired
    IssueCommentService comments;
    @Autowired
    OpportunityService opportunities;
    @Autowired
    PartnerOrganizationService partners;
    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void signInAsPartner() {
        accounts.signIn("access-partner", Role.STAKEHOLDER);
    }

    @Test
    void everyReadPathRefusesAPartner() {
        PageRequest page = PageRequest.of(0, 10);
        assertThatThrownBy(() -> issues.board(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issues.search(IssueFilter.all(), page)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issues.similar("broadband", null, 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> heat.ranking(IssueFilter.all(), page)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.linkedTo(1L, page)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.sectorCounts(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actionPlans.itemsOf(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.commentsOn(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.search(OpportunityFilter.all(), page))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.totals()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.contactsOf(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
