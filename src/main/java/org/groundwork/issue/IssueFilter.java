package org.groundwork.issue;

/** What the issue list and heat ranking filter on; every part is optional. */
public record IssueFilter(String text, IssueCategory category, IssueStatus status) {

    public static IssueFilter all() {
        return new IssueFilter(null, null, null);
    }
}
