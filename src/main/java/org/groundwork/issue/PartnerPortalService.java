package org.groundwork.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.Texts;
import org.groundwork.business.BusinessNames;
import org.groundwork.security.CurrentUser;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner portal's issues: the board and list of issues shared with the signed-in partner's organization, one
 * issue as they may see it, commenting and working their own action items, and search. Every method starts from
 * {@link AccessFilter}; an issue that isn't theirs is reported exactly like one that doesn't exist. Also the
 * public API for other features showing a partner their organization's work (the partner dashboard).
 */
@Service
@PreAuthorize(PartnerPortalService.IS_PARTNER)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PartnerPortalService {

    public static final String IS_PARTNER = "hasRole('STAKEHOLDER')";
    private static final int NAMED_BUSINESSES_SHOWN = 50;

    private final AccessFilter access;
    private final MacroIssueRepository issues;
    private final BusinessLinkRepository links;
    private final ActionItemRepository items;
    private final CommentRepository comments;
    private final CommentMentions mentions;
    private final PartnerOrganizationService organizations;
    private final CurrentUser currentUser;

    /** Shared issues matching the filter, most recently changed first, with their stored heat. */
    public List<IssueHeat> sharedIssues(IssueFilter filter, Pageable pageable) {
        return issues.searchShared(access.requirePartnerOrganization(), Texts.containsPattern(filter.text()),
                filter.category(), filter.status(), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .stream().map(IssueHeat::stored).toList();
    }

    public long countSharedIssues(IssueFilter filter) {
        return issues.countShared(access.requirePartnerOrganization(), Texts.containsPattern(filter.text()),
                filter.category(), filter.status());
    }

    /** The issue as the partner's organization may see it; empty if it doesn't exist or isn't shared with them. */
    public Optional<PortalIssue> issue(Long id) {
        access.requirePartnerOrganization();
        return access.visibleIssue(id).map(this::portalIssue);
    }

    /** Comments on a shared issue; always shared with partners, and mentions reach only who may read it. */
    @Transactional
    public PortalComment comment(Long issueId, String body) {
        access.requirePartnerOrganization();
        MacroIssue issue = access.issueAllowing(issueId, SharePermission.COMMENT);
        IssueComment comment = comments.save(new IssueComment(issue.getId(), currentUser.requireUsername(),
                IssueCommentService.checkedBody(body), CommentVisibility.SHARED));
        mentions.record(comment, issue);
        return portalComment(comment);
    }

    /** Updates status, notes and due date of an action item the partner's organization owns. */
    @Transactional
    public PortalActionItem updateActionItem(Long itemId, long expectedVersion, ActionStatus status, String notes,
                                             LocalDate dueDate) {
        Long organization = access.requirePartnerOrganization();
        ActionItem item = items.findById(itemId).filter(access::mayWork)
                .orElseThrow(() -> new RuleViolationException("That action item doesn't exist or isn't yours."));
        item.requireVersion(expectedVersion);
        if (status == null) {
            throw new RuleViolationException("status", "Choose a status.");
        }
        if (notes != null && notes.length() > 2000) {
            throw new RuleViolationException("notes", "Keep the notes under 2,000 characters.");
        }
        item.setStatus(status);
        item.setNotes(notes);
        item.setDueDate(dueDate);
        ActionItem saved = items.saveAndFlush(item);
        return portalItem(saved, organization, true, organizationName(organization));
    }

    /** Shared issues whose title matches, and consenting businesses whose name starts with the text on them. */
    public List<PortalSearchHit> search(String text, int limit) {
        Long organization = access.requirePartnerOrganization();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Stream<PortalSearchHit> byTitle = issues.searchShared(organization, Texts.containsPattern(text), null, null,
                PageRequest.of(0, limit)).stream().map(i -> new PortalSearchHit(i.getId(), i.getTitle(), null));
        String prefix = BusinessNames.normalize(text);
        Stream<PortalSearchHit> byBusiness = prefix.isEmpty() ? Stream.empty()
                : links.consentedMatching(organization, prefix + "%", PageRequest.of(0, limit)).stream();
        return Stream.concat(byTitle, byBusiness).limit(limit).toList();
    }

    private PortalIssue portalIssue(MacroIssue issue) {
        Long organization = access.requirePartnerOrganization();
        SharePermission permission = access.permissionOn(issue).orElseThrow(NotVisibleException::new);
        String lead = issue.getLeadOrganizationId() == null ? null : organizationName(issue.getLeadOrganizationId());
        List<ActionItem> steps = items.findByIssueIdOrderByIdAsc(issue.getId());
        Map<Long, String> owners = organizations.namesOf(steps.stream().map(ActionItem::getOwnerOrganizationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<PortalActionItem> plan = steps.stream()
                .map(item -> portalItem(item, organization, permission.allows(SharePermission.WORK),
                        owners.getOrDefault(item.getOwnerOrganizationId(), "Program staff")))
                .toList();
        List<PortalComment> shared = comments.findByIssueIdAndVisibilityOrderByCreatedAtAscIdAsc(issue.getId(),
                CommentVisibility.SHARED).stream().filter(access::showsComment).map(this::portalComment).toList();
        List<String> mentionable = permission.allows(SharePermission.COMMENT)
                ? mentions.offered(issue, CommentVisibility.SHARED) : List.of();
        return new PortalIssue(issue.getId(), issue.getTitle(), issue.getCategory(), issue.getStatus(),
                issue.getDescription(), lead, permission, totals(issue.getId()),
                links.consentedOn(issue.getId(), PageRequest.of(0, NAMED_BUSINESSES_SHOWN)),
                plan, shared, mentionable);
    }

    private BusinessTotals totals(Long issueId) {
        Object[] row = links.totals(issueId).getFirst();
        return new BusinessTotals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), links.sectorCounts(issueId));
    }

    private static PortalActionItem portalItem(ActionItem item, Long organization, boolean mayWork, String owner) {
        boolean mine = mayWork && organization.equals(item.getOwnerOrganizationId());
        return new PortalActionItem(item.getId(), item.getVersion(), item.getDescription(), owner,
                item.getDueDate(), item.getStatus(), mine ? item.getNotes() : null, mine);
    }

    private PortalComment portalComment(IssueComment comment) {
        return new PortalComment(comment.getAuthor(), comment.getCreatedAt(), comment.getBody());
    }

    private String organizationName(Long id) {
        return organizations.namesOf(List.of(id)).getOrDefault(id, "—");
    }
}
