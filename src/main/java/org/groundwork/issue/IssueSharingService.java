package org.groundwork.issue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditService;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff, directors and admins share an issue, or a whole board, with partner organizations. Every share, change
 * and unshare is written to the audit trail against the issue, so it shows in the issue's history; board shares
 * are recorded against the organization.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class IssueSharingService {

    static final String ISSUE = "MacroIssue";
    static final String ORGANIZATION = "PartnerOrganization";

    private final IssueShareRepository shares;
    private final MacroIssueService issues;
    private final PartnerOrganizationService organizations;
    private final AuditService audit;
    private final PartnerNotices notices;

    /** The shares reaching an issue: its own and its board's. */
    @Transactional(readOnly = true)
    public List<ShareRow> sharesOf(Long issueId) {
        MacroIssue issue = issues.get(issueId);
        return rows(shares.reaching(issue.getId(), issue.getBoard()));
    }

    /** Everything shared with one organization, for its "Shared with them" tab. */
    @Transactional(readOnly = true)
    public List<ShareRow> sharedWith(Long organizationId) {
        return rows(shares.findByOrganizationIdOrderByIdAsc(organizationId));
    }

    /** Shares the issue with the organization, or changes what it may do if it is already shared. */
    public ShareRow share(Long issueId, Long organizationId, SharePermission permission) {
        MacroIssue issue = issues.get(issueId);
        PartnerOrganization organization = activeOrganization(organizationId);
        SharePermission wanted = required(permission);
        IssueShare share = shares.findByOrganizationIdAndIssueId(organizationId, issueId).orElse(null);
        if (share == null) {
            share = shares.saveAndFlush(IssueShare.ofIssue(organizationId, issueId, wanted));
            audit.record(AuditAction.SHARE, ISSUE, issueId, "Shared with " + organization.getName() + ": "
                    + wanted.label().toLowerCase(Locale.ROOT));
            notices.issueShared(organizationId, issue);
        } else if (share.getPermission() != wanted) {
            audit.record(AuditAction.SHARE, ISSUE, issueId, organization.getName() + " may now "
                    + wanted.label().toLowerCase(Locale.ROOT) + " (was "
                    + share.getPermission().label().toLowerCase(Locale.ROOT) + ")");
            share.setPermission(wanted);
            shares.flush();
        }
        return rows(List.of(share)).getFirst();
    }

    /** Shares every issue on a board, present and future, with the organization. */
    public ShareRow shareBoard(String board, Long organizationId, SharePermission permission) {
        PartnerOrganization organization = activeOrganization(organizationId);
        SharePermission wanted = required(permission);
        IssueShare share = shares.findByOrganizationIdAndBoard(organizationId, board)
                .orElseGet(() -> IssueShare.ofBoard(organizationId, board, wanted));
        share.setPermission(wanted);
        share = shares.saveAndFlush(share);
        audit.record(AuditAction.SHARE, ORGANIZATION, organizationId, "Shared the whole \"" + board
                + "\" issue board with " + organization.getName() + ": " + wanted.label());
        return rows(List.of(share)).getFirst();
    }

    /** Ends a share; the partner's next request no longer sees what it granted. */
    public void unshare(Long shareId) {
        IssueShare share = shares.findById(shareId)
                .orElseThrow(() -> new RuleViolationException("That share was already removed."));
        String organization = organizations.find(share.getOrganizationId()).map(PartnerOrganization::getName)
                .orElse("the organization");
        if (share.isWholeBoard()) {
            audit.record(AuditAction.UNSHARE, ORGANIZATION, share.getOrganizationId(),
                    "Stopped sharing the \"" + share.getBoard() + "\" board with " + organization);
        } else {
            audit.record(AuditAction.UNSHARE, ISSUE, share.getIssueId(), "Stopped sharing with " + organization);
        }
        shares.delete(share);
        shares.flush();
    }

    private PartnerOrganization activeOrganization(Long organizationId) {
        if (organizationId == null) {
            throw new RuleViolationException("organization", "Choose the organization to share with.");
        }
        PartnerOrganization organization = organizations.get(organizationId);
        if (organization.isRetired()) {
            throw new RuleViolationException("organization", organization.getName()
                    + " is retired; reinstate it before sharing with it.");
        }
        return organization;
    }

    private static SharePermission required(SharePermission permission) {
        if (permission == null) {
            throw new RuleViolationException("permission", "Choose what they may do.");
        }
        return permission;
    }

    private List<ShareRow> rows(List<IssueShare> found) {
        Map<Long, String> names = organizations.findAll(found.stream().map(IssueShare::getOrganizationId)
                .distinct().toList()).stream()
                .collect(Collectors.toMap(PartnerOrganization::getId, PartnerOrganization::getName));
        Map<Long, String> titles = found.stream().filter(s -> !s.isWholeBoard()).map(IssueShare::getIssueId)
                .distinct().map(issues::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(MacroIssue::getId, MacroIssue::getTitle, (a, b) -> a));
        return found.stream().map(s -> new ShareRow(s.getId(), s.getOrganizationId(),
                names.getOrDefault(s.getOrganizationId(), "—"), s.getIssueId(), titles.get(s.getIssueId()),
                s.isWholeBoard(), s.getPermission())).toList();
    }
}
