package org.groundwork.issue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.DemoSeeder;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's sharing: the welders issue shared with the chamber and the workforce board, permits
 * with the chamber only, broadband with the workforce board only, childcare with nobody; shared and internal
 * comments; an action item and follow-ups owned by each (the demo businesses alternate consent to be named).
 */
@Component
@Profile("demo")
@Order(60)
@RequiredArgsConstructor
class DemoSharing extends DemoSeeder {

    private final IssueSharingService sharing;
    private final MacroIssueService issues;
    private final IssueCommentService comments;
    private final ActionPlanService actionPlans;
    private final FollowUpService followUps;
    private final PartnerOrganizationService organizations;
    private final BusinessService businesses;
    private final Clock clock;

    @Override
    protected void seed() {
        Optional<PartnerOrganization> chamber = organizations.named("Riverside Chamber of Commerce", false);
        Optional<PartnerOrganization> workforce = organizations.named("Tri-County Workforce Board", false);
        Optional<MacroIssue> welders = issue("Not enough skilled welders");
        Optional<MacroIssue> permits = issue("Building permits take months");
        Optional<MacroIssue> broadband = issue("Slow broadband");
        if (chamber.isEmpty() || workforce.isEmpty() || welders.isEmpty() || permits.isEmpty()
                || broadband.isEmpty() || !sharing.sharedWith(chamber.get().getId()).isEmpty()) {
            return;
        }
        Long chamberId = chamber.get().getId();
        Long workforceId = workforce.get().getId();
        sharing.share(welders.get().getId(), workforceId, SharePermission.WORK);
        sharing.share(welders.get().getId(), chamberId, SharePermission.COMMENT);
        sharing.share(permits.get().getId(), chamberId, SharePermission.WORK);
        sharing.share(broadband.get().getId(), workforceId, SharePermission.VIEW);
        comments.add(welders.get().getId(), "Two employers named a retiring lead welder; keep that between us.",
                CommentVisibility.INTERNAL);
        comments.add(welders.get().getId(), "The college can run an evening certificate from March if ten people "
                + "sign up. Can the chamber help spread the word?", CommentVisibility.SHARED);
        comments.add(permits.get().getId(), "The building department agreed to a pre-application meeting slot.",
                CommentVisibility.SHARED);
        LocalDate today = LocalDate.now(clock);
        ActionItem promote = new ActionItem(welders.get().getId());
        promote.setDescription("Promote the certificate in the chamber newsletter");
        promote.ownedByOrganization(chamberId);
        promote.setDueDate(today.plusDays(10));
        actionPlans.save(promote);
        List<Business> found = businesses.search(BusinessFilter.all(), PageRequest.of(0, 4));
        for (int i = 0; i < found.size(); i++) {
            FollowUp followUp = new FollowUp(found.get(i), null, null);
            followUp.setDescription(i % 2 == 0 ? "Introduce them to the chamber's export mentors"
                    : "Send the apprenticeship grant details");
            followUp.setOwnerOrganization(i % 2 == 0 ? chamber.get() : workforce.get());
            followUp.setDueDate(today.plusDays(3L + i));
            followUps.create(followUp);
        }
    }

    private Optional<MacroIssue> issue(String titleStart) {
        return issues.search(new IssueFilter(titleStart, null, null), PageRequest.of(0, 1)).stream().findFirst();
    }
}
