package org.groundwork.issue;

import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The action plan of a macro-issue: who owes which step by when. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class ActionPlanService {

    private static final EnumSet<ActionStatus> OPEN = EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    private final ActionItemRepository items;
    private final MacroIssueService issues;
    private final PartnerNotices notices;

    @Transactional(readOnly = true)
    public List<ActionItem> itemsOf(Long issueId) {
        return items.findByIssueIdOrderByIdAsc(issueId);
    }

    @Transactional(readOnly = true)
    public ActionItem get(Long id) {
        return items.findById(id).orElseThrow(() -> new RuleViolationException("That action item no longer exists."));
    }

    /** Saves a step; it needs an owner, a staff member or a partner organization. */
    public ActionItem save(ActionItem item) {
        MacroIssue issue = issues.get(item.getIssueId());
        if (item.getOwnerStaffId() == null && item.getOwnerOrganizationId() == null) {
            throw new RuleViolationException("owner", "Choose who owns this step: a staff member or a partner.");
        }
        Long previousOwner = null;
        if (!item.isNew()) {
            ActionItem stored = get(item.getId());
            stored.requireVersion(item.getVersion());
            previousOwner = stored.getOwnerOrganizationId();
        }
        ActionItem saved = items.saveAndFlush(item);
        if (saved.getOwnerOrganizationId() != null && !saved.getOwnerOrganizationId().equals(previousOwner)) {
            notices.actionItemAssigned(saved, issue);
        }
        return saved;
    }

    /** All the items an organization owns, finished or not (their history names it). */
    @Transactional(readOnly = true)
    public long countOwnedBy(Long organizationId) {
        return items.countByOwnerOrganizationId(organizationId);
    }

    @Transactional(readOnly = true)
    public long countOpenOwnedBy(Long organizationId) {
        return items.countByOwnerOrganizationIdAndStatusIn(organizationId, OPEN);
    }
}
