package org.groundwork.issue;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.groundwork.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's notifications: those for their whole organization and those naming them. A notification about an
 * issue is listed (and counted) only while the issue is still visible to them, so an unshare also hides what was
 * said about it. Seen is per person: opening a notice marks it seen for that user, not for their colleagues.
 */
@Service
@PreAuthorize(PartnerPortalService.IS_PARTNER)
@Transactional
@RequiredArgsConstructor
public class PartnerNotificationService {

    private final PartnerNotificationRepository notifications;
    private final PartnerNotificationSeenRepository seen;
    private final AccessFilter access;
    private final CurrentUser currentUser;
    private final Clock clock;

    /** The newest notices, each "seen" only if this user (not a colleague) has opened it. */
    @Transactional(readOnly = true)
    public List<PortalNotice> mine(int limit) {
        String username = currentUser.requireUsername();
        List<PartnerNotification> found = notifications.forUser(access.requirePartnerOrganization(), username,
                        PageRequest.of(0, limit)).stream()
                .filter(n -> n.getIssueId() == null || access.visibleIssue(n.getIssueId()).isPresent()).toList();
        Set<Long> seenByMe = found.isEmpty() ? Set.of()
                : seen.seenOf(username, found.stream().map(PartnerNotification::getId).toList());
        return found.stream().map(n -> new PortalNotice(n.getId(), n.getCreatedAt(), n.getText(), n.getLink(),
                seenByMe.contains(n.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public long countUnseen() {
        return notifications.countUnseen(access.requirePartnerOrganization(), currentUser.requireUsername());
    }

    /** Marks one of the partner's own notifications seen, for them alone; anyone else's are left alone. */
    public void markSeen(Long id) {
        Long organization = access.requirePartnerOrganization();
        String username = currentUser.requireUsername();
        notifications.findById(id).filter(n -> n.getOrganizationId().equals(organization)
                        && (n.getRecipient() == null || n.getRecipient().equals(username)))
                .filter(n -> !seen.existsByNotificationIdAndUsername(n.getId(), username))
                .ifPresent(n -> seen.save(new PartnerNotificationSeen(n.getId(), username, clock.instant())));
    }
}
