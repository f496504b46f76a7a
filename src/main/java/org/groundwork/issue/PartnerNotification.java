package org.groundwork.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.groundwork.base.AbstractEntity;

/**
 * Something a partner organization should know: an issue newly shared with it, a comment mentioning one of its
 * people ({@link #recipient} set), an action item or follow-up assigned to it. Written without any business's name,
 * so the text is safe whatever consent later says. Who has seen it is kept per person
 * ({@link PartnerNotificationSeen}).
 */
@Entity
@Table(name = "partner_notification")
public class PartnerNotification extends AbstractEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(length = 50, updatable = false)
    private String recipient;

    @Column(name = "issue_id", updatable = false)
    private Long issueId;

    @Column(nullable = false, length = 200, updatable = false)
    private String link;

    @Column(nullable = false, length = 500, updatable = false)
    private String text;

    protected PartnerNotification() {
    }

    PartnerNotification(Long organizationId, String recipient, Long issueId, String link, String text) {
        this.organizationId = organizationId;
        this.recipient = recipient;
        this.issueId = issueId;
        this.link = link;
        this.text = text.length() > 500 ? text.substring(0, 497) + "..." : text;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getIssueId() {
        return issueId;
    }

    public String getLink() {
        return link;
    }

    public String getText() {
        return text;
    }
}
