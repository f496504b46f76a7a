package org.groundwork.issue;

import lombok.RequiredArgsConstructor;
import org.groundwork.visit.followup.FollowUpAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes partner notifications; only ever about issues shared with the organization it notifies. */
@Component
@RequiredArgsConstructor
class PartnerNotices {

    private final PartnerNotificationRepository notifications;
    private final IssueShareRepository shares;

    void issueShared(Long organizationId, MacroIssue issue) {
        notifications.save(new PartnerNotification(organizationId, null, issue.getId(), issueLink(issue),
                "\"" + issue.getTitle() + "\" was shared with your organization."));
    }

    void mentioned(Long organizationId, String username, MacroIssue issue, String author) {
        notifications.save(new PartnerNotification(organizationId, username, issue.getId(), issueLink(issue),
                author + " mentioned you on \"" + issue.getTitle() + "\"."));
    }

    /** Tells the owning organization about a new action item, if the issue is shared with it (else it can't see it). */
    void actionItemAssigned(ActionItem item, MacroIssue issue) {
        Long organizationId = item.getOwnerOrganizationId();
        if (organizationId != null && !shares.permissionsOf(organizationId, issue.getId(), issue.getBoard()).isEmpty()) {
            notifications.save(new PartnerNotification(organizationId, null, issue.getId(), issueLink(issue),
                    "Your organization owns a new action item on \"" + issue.getTitle() + "\"."));
        }
    }

    /** In the transaction that assigned the follow-up; names no business, whatever its consent. */
    @EventListener
    void on(FollowUpAssigned assigned) {
        notifications.save(new PartnerNotification(assigned.organizationId(), null, null, "portal/follow-ups",
                "A follow-up was assigned to your organization."));
    }

    private static String issueLink(MacroIssue issue) {
        return "portal/issues/" + issue.getId();
    }
}
