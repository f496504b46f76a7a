package org.groundwork.issue;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.KeepReasons;
import org.groundwork.base.Roles;
import org.groundwork.stakeholder.OrganizationReferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Keeps a partner organization from being deleted while it owns action items (open ones above all) or leads an
 * issue: the action plan's history must keep saying who did the work.
 */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class IssueOrganizationReferences implements OrganizationReferences {

    private final ActionPlanService actionPlans;
    private final MacroIssueService issues;

    @Override
    public Optional<String> reasonToKeep(Long organizationId) {
        long open = actionPlans.countOpenOwnedBy(organizationId);
        Optional<String> items = open > 0 ? KeepReasons.counted(open, "It owns", "open action item",
                "open action items") : KeepReasons.counted(actionPlans.countOwnedBy(organizationId), "It is named on",
                "finished action item", "finished action items");
        String reasons = Stream.of(items, KeepReasons.counted(issues.countLedBy(organizationId), "It leads",
                "macro-issue", "macro-issues")).flatMap(Optional::stream).collect(Collectors.joining(" "));
        return reasons.isEmpty() ? Optional.empty() : Optional.of(reasons);
    }
}
