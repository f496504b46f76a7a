package org.groundwork.testing;

import org.groundwork.business.Business;
import org.groundwork.issue.ActionItem;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.IssueLinkService;
import org.groundwork.issue.LinkRequest;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.MacroIssueService;
import org.groundwork.issue.Severity;
import org.springframework.stereotype.Component;

/** Creates macro-issues and their links for tests through the real services (the caller must be signed in). */
@Component
public record TestIssues(MacroIssueService issues, IssueLinkService links) {

    public MacroIssue create(String title, IssueCategory category) {
        MacroIssue issue = new MacroIssue();
        issue.setTitle(title);
        issue.setCategory(category);
        return issues.save(issue);
    }

    /** A step of the issue's action plan owned by that partner organization, not yet saved. */
    public static ActionItem step(MacroIssue issue, String description, Long organizationId) {
        ActionItem item = new ActionItem(issue.getId());
        item.setDescription(description);
        item.ownedByOrganization(organizationId);
        return item;
    }

    /** Links the business to the issue at that severity, as "link a business" on the issue page does. */
    public void link(MacroIssue issue, Business business, Severity severity) {
        links.link(issue.getId(), LinkRequest.of(business.getId(), severity));
    }
}
