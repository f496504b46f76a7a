package org.groundwork.issue;

import java.util.List;

/** An issue as the signed-in partner's organization may see it (see docs/partner-access.md). */
public record PortalIssue(Long id, String title, IssueCategory category, IssueStatus status, String description,
                          String leadPartner, SharePermission permission, BusinessTotals totals,
                          List<NamedBusiness> namedBusinesses, List<PortalActionItem> actionItems,
                          List<PortalComment> comments, List<String> mentionable) {

    public boolean mayComment() {
        return permission.allows(SharePermission.COMMENT);
    }
}
