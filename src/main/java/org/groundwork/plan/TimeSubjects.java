package org.groundwork.plan;

import lombok.RequiredArgsConstructor;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.MacroIssueService;
import org.springframework.stereotype.Component;

/**
 * The business and the issue a time entry names, through their own modules' services (which hold their access
 * rules): checked when the entry is recorded, and named when the week is read.
 */
@Component
@RequiredArgsConstructor
class TimeSubjects {

    private final BusinessService businesses;
    private final MacroIssueService issues;

    /** Refuses an entry naming nothing, a business the person cannot pick (gone or archived) or a missing issue. */
    void check(Long businessId, Long issueId) {
        if (businessId == null && issueId == null) {
            throw new RuleViolationException("business", "Name the business or the issue the time was for.");
        }
        if (businessId != null) {
            Business business = businesses.find(businessId).orElseThrow(() -> new RuleViolationException(
                    "business", "That business no longer exists; pick another."));
            if (business.isArchived()) {
                throw new RuleViolationException("business", business.getDisplayName()
                        + " is archived; restore it before recording time on it.");
            }
        }
        if (issueId != null && issues.find(issueId).isEmpty()) {
            throw new RuleViolationException("issue", "That issue no longer exists; pick another.");
        }
    }

    /** The entry with the names of what it is for (a record deleted since shows as "(removed)"). */
    LinkedTime describe(TimeEntry entry) {
        String business = entry.getBusinessId() == null ? null : businesses.find(entry.getBusinessId())
                .map(Business::getDisplayName).orElse("(removed business)");
        String issue = entry.getIssueId() == null ? null : issues.find(entry.getIssueId())
                .map(MacroIssue::getTitle).orElse("(removed issue)");
        return new LinkedTime(entry.getId(), entry.getVersion(), entry.getEntryDate(), entry.getActivity(),
                entry.getHours(), business, issue, entry.getNote());
    }
}
