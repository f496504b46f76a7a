package org.groundwork.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * That one person has seen one partner notification. Per person, not per notification: a notice to a whole
 * organization stays new for each colleague until they open it themselves. Written once, never changed, so it
 * carries no version and no audit trail.
 */
@Entity
@Immutable
@Table(name = "partner_notification_seen")
class PartnerNotificationSeen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private Long notificationId;

    @Column(nullable = false, length = 50, updatable = false)
    private String username;

    @Column(name = "seen_at", nullable = false, updatable = false)
    private Instant seenAt;

    protected PartnerNotificationSeen() {
    }

    PartnerNotificationSeen(Long notificationId, String username, Instant seenAt) {
        this.notificationId = notificationId;
        this.username = username;
        this.seenAt = seenAt;
    }

    Long getNotificationId() {
        return notificationId;
    }
}
