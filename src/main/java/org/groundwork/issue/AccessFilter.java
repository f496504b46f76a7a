package org.groundwork.issue;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.MentionVisibility;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The one access filter: decides, for the signed-in user, which issues, action items, comments, follow-ups and
 * business identities they may see. People inside the EDO see everything; a partner sees only what is shared
 * with their organization, business names only where the business consented, and nobody else sees anything.
 * Every partner read path (the portal service, its search, notifications and mentions) asks it; internal services
 * refuse partners outright with method security. What it allows is written down in docs/partner-access.md.
 * <p>
 * Decisions are made on every call from the database, never cached in the session, so an unshare or a withdrawn
 * consent applies to the partner's next request.
 */
@Component
@PreAuthorize(Roles.IS_SIGNED_IN)
@RequiredArgsConstructor
public class AccessFilter implements MentionVisibility {

    private static final Set<SharePermission> COMMENTING = EnumSet.of(SharePermission.COMMENT, SharePermission.WORK);

    private final CurrentUser currentUser;
    private final IssueShareRepository shares;
    private final MacroIssueRepository issues;

    public boolean isInternal() {
        return currentUser.isInternal();
    }

    /** The signed-in partner's organization; refused for anyone else (the portal is only for partners). */
    public Long requirePartnerOrganization() {
        if (currentUser.isInternal()) {
            throw new AccessDeniedException("The partner portal is for partner users.");
        }
        return currentUser.organizationId()
                .orElseThrow(() -> new AccessDeniedException("This account belongs to no partner organization."));
    }

    /** What the signed-in user may do with this issue; empty if they may not see it at all. */
    public Optional<SharePermission> permissionOn(MacroIssue issue) {
        if (currentUser.isInternal()) {
            return Optional.of(SharePermission.WORK);
        }
        return currentUser.organizationId().flatMap(organization -> shares.permissionsOf(organization,
                issue.getId(), issue.getBoard()).stream().max(Comparator.naturalOrder()));
    }

    /** The issue if it exists and the user may see it; otherwise empty, the same for both cases. */
    public Optional<MacroIssue> visibleIssue(Long id) {
        return id == null ? Optional.empty() : issues.findById(id).filter(i -> permissionOn(i).isPresent());
    }

    /** Like {@link #visibleIssue} but requiring a permission; refused the same way as a missing issue. */
    public MacroIssue issueAllowing(Long id, SharePermission wanted) {
        return visibleIssue(id).filter(i -> permissionOn(i).orElseThrow().allows(wanted))
                .orElseThrow(NotVisibleException::new);
    }

    /** Whether the user may read a comment on an issue they may already see (check that with visibleIssue). */
    public boolean showsComment(IssueComment comment) {
        return currentUser.isInternal() || comment.getVisibility() == CommentVisibility.SHARED
                && currentUser.organizationId().isPresent();
    }

    /**
     * A business's identity (names, address, phone, website, contacts) only with its recorded consent. Queries that
     * list businesses for partners apply the same rule in SQL ({@code consentToName = true}).
     */
    public boolean showsIdentity(boolean businessConsented) {
        return currentUser.isInternal() || businessConsented && currentUser.organizationId().isPresent();
    }

    /** Partners may change an action item only where their organization owns it and may work the issue. */
    public boolean mayWork(ActionItem item) {
        if (currentUser.isInternal()) {
            return true;
        }
        Optional<Long> organization = currentUser.organizationId();
        return organization.isPresent() && organization.get().equals(item.getOwnerOrganizationId())
                && visibleIssue(item.getIssueId()).flatMap(this::permissionOn)
                        .map(p -> p.allows(SharePermission.WORK)).orElse(false);
    }

    /**
     * Partners learn staff usernames only to mention them, so only while something is shared with their
     * organization with leave to comment (a comment is where a mention goes).
     */
    @Override
    public boolean partnerMayMentionStaff() {
        return currentUser.organizationId().map(organization -> shares.existsByOrganizationIdAndPermissionIn(
                organization, COMMENTING)).orElse(false);
    }

    /** Another organization's users, only while an issue their organization may comment on is shared with it too. */
    @Override
    public boolean partnerMayMentionUsersOf(Long organizationId) {
        return organizationId != null && currentUser.organizationId()
                .map(mine -> issues.countCommonIssues(mine, COMMENTING, organizationId) > 0).orElse(false);
    }

    /** Follow-ups reach a partner only where their organization owns them. */
    public boolean showsFollowUp(Long ownerOrganizationId) {
        return currentUser.isInternal()
                || currentUser.organizationId().map(o -> o.equals(ownerOrganizationId)).orElse(false);
    }
}
