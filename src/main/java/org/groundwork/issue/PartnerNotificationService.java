package org.groundwork.issue;

import java.time.Clock;
import java.util.List;
import org.groundwork.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's notifications: those for their whole organization and those naming them. A notification about an
 * issue is listed only while the issue is still visible to them, so an unshare also hides what was said about it.
 */
@Service
@PreAuthorize(PartnerPortalService.IS_PARTNER)
@Transactional
public class PartnerNotificationService {

    private final PartnerNotificationRepository notifications;
    private final AccessFilter access;
    private final CurrentUser currentUser;
    private final Clock clock;

    PartnerNotificationService(PartnerNotificationRepository notifications, AccessFilter access,
                               CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PortalNotice> mine(int limit) {
        return notifications.forUser(access.requirePartnerOrganization(), currentUser.requireUsername(),
                        PageRequest.of(0, limit)).stream()
                .filter(n -> n.getIssueId() == null || access.visibleIssue(n.getIssueId()).isPresent())
                .map(n -> new PortalNotice(n.getId(), n.getCreatedAt(), n.getText(), n.getLink(),
                        n.getSeenAt() != null)).toList();
    }

    @Transactional(readOnly = true)
    public long countUnseen() {
        return notifications.countUnseen(access.requirePartnerOrganization(), currentUser.requireUsername());
    }

    /** Marks one of the partner's own notifications seen; anyone else's are left alone. */
    public void markSeen(Long id) {
        Long organization = access.requirePartnerOrganization();
        String username = currentUser.requireUsername();
        notifications.findById(id).filter(n -> n.getOrganizationId().equals(organization)
                        && (n.getRecipient() == null || n.getRecipient().equals(username)))
                .ifPresent(n -> n.seen(clock.instant()));
    }
}
