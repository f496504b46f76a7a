package org.groundwork.issue;

import org.groundwork.business.Business;
import org.springframework.stereotype.Component;

/** Creates macro-issues and their links for tests through the real services (the caller must be signed in). */
@Component
public class TestIssues {

    private final MacroIssueService issues;
    private final IssueLinkService links;

    TestIssues(MacroIssueService issues, IssueLinkService links) {
        this.issues = issues;
        this.links = links;
    }

    public MacroIssue create(String title, IssueCategory category) {
        MacroIssue issue = new MacroIssue();
        issue.setTitle(title);
        issue.setCategory(category);
        return issues.save(issue);
    }

    /** Links the business to the issue at that severity, as "link a business" on the issue page does. */
    public void link(MacroIssue issue, Business business, Severity severity) {
        links.link(issue.getId(), LinkRequest.of(business.getId(), severity));
    }
}
