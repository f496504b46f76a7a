package org.groundwork.issue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.DemoSeeder;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's partner organizations and macro-issues: a handful of partners, five issues across the
 * board linked to the demo businesses (when there are any), with action items owned by partners and staff.
 * Runs once, through the real services.
 */
@Component
@Profile("demo")
@Order(50)
@RequiredArgsConstructor
class DemoIssues extends DemoSeeder {

    private final MacroIssueService issues;
    private final IssueLinkService links;
    private final ActionPlanService actionPlans;
    private final PartnerOrganizationService partners;
    private final BusinessService businesses;
    private final Clock clock;

    @Override
    protected void seed() {
        PartnerOrganization chamber = partner("Riverside Chamber of Commerce", OrganizationType.CHAMBER);
        PartnerOrganization workforce = partner("Tri-County Workforce Board", OrganizationType.WORKFORCE_BOARD);
        PartnerOrganization college = partner("Riverside Community College", OrganizationType.COLLEGE);
        PartnerOrganization utility = partner("Valley Power & Light", OrganizationType.UTILITY);
        partner("Small Business Development Centre", OrganizationType.SMALL_BUSINESS_CENTER);
        partner("First Valley Community Bank", OrganizationType.LENDER);
        if (issues.count(IssueFilter.all()) > 0) {
            return;
        }
        List<Business> found = businesses.search(BusinessFilter.all(), PageRequest.of(0, 16));
        MacroIssue welders = issue("Not enough skilled welders and machinists", IssueCategory.WORKFORCE,
                IssueStatus.IN_PROGRESS, workforce, "Manufacturers keep telling us they can't fill skilled trades.");
        MacroIssue broadband = issue("Slow broadband in the east industrial park", IssueCategory.BROADBAND,
                IssueStatus.ACTIVE, utility, "Several firms can't run cloud systems reliably.");
        MacroIssue permits = issue("Building permits take months", IssueCategory.PERMITTING, IssueStatus.EMERGING,
                chamber, null);
        MacroIssue childcare = issue("No childcare for second-shift workers", IssueCategory.CHILDCARE,
                IssueStatus.EMERGING, null, null);
        issue("Truck access on Mill Road", IssueCategory.TRANSPORTATION, IssueStatus.RESOLVED, null,
                "The county widened the turn lane in the spring.");
        List<MacroIssue> linked = List.of(welders, broadband, permits, childcare);
        for (int i = 0; i < found.size(); i++) {
            links.link(linked.get(i % linked.size()).getId(), LinkRequest.of(found.get(i).getId(),
                    Severity.values()[i % 3]));
            if (i % 4 != 0 && i % 3 == 0) {
                links.link(welders.getId(), LinkRequest.of(found.get(i).getId(), Severity.MEDIUM));
            }
        }
        LocalDate today = LocalDate.now(clock);
        step(welders, "Start an evening welding certificate", college, today.plusDays(45));
        step(welders, "Survey employers on the skills they need", workforce, today.plusDays(14));
        step(broadband, "Map upload speeds across the park", utility, today.plusDays(21));
        step(permits, "Meet the building department about a fast track", chamber, today.plusDays(30));
    }

    private PartnerOrganization partner(String name, OrganizationType type) {
        return partners.named(name, true).orElseGet(() -> {
            PartnerOrganization organization = new PartnerOrganization();
            organization.setName(name);
            organization.setType(type);
            return partners.save(organization);
        });
    }

    private MacroIssue issue(String title, IssueCategory category, IssueStatus status, PartnerOrganization lead,
                             String description) {
        MacroIssue issue = new MacroIssue();
        issue.setTitle(title);
        issue.setCategory(category);
        issue.setDescription(description);
        issue.setLeadOrganizationId(lead == null ? null : lead.getId());
        MacroIssue saved = issues.save(issue);
        return status == IssueStatus.EMERGING ? saved : issues.move(saved.getId(), saved.getVersion(), status);
    }

    private void step(MacroIssue issue, String description, PartnerOrganization owner, LocalDate due) {
        ActionItem item = new ActionItem(issue.getId());
        item.setDescription(description);
        item.ownedByOrganization(owner.getId());
        item.setDueDate(due);
        actionPlans.save(item);
    }
}
