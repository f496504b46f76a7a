package org.groundwork.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
class IssueOrganizationReferences implements OrganizationReferences {

    private final ActionPlanService actionPlans;
    private final MacroIssueService issues;

    IssueOrganizationReferences(ActionPlanService actionPlans, MacroIssueService issues) {
        this.actionPlans = actionPlans;
        this.issues = issues;
    }

    @Override
    public Optional<String> reasonToKeep(Long organizationId) {
        List<String> reasons = new ArrayList<>();
        long open = actionPlans.countOpenOwnedBy(organizationId);
        if (open > 0) {
            reasons.add("It owns " + open + (open == 1 ? " open action item." : " open action items."));
        } else {
            long finished = actionPlans.countOwnedBy(organizationId);
            if (finished > 0) {
                reasons.add("It is named on " + finished
                        + (finished == 1 ? " finished action item." : " finished action items."));
            }
        }
        long led = issues.countLedBy(organizationId);
        if (led > 0) {
            reasons.add("It leads " + led + (led == 1 ? " macro-issue." : " macro-issues."));
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", reasons));
    }
}
