package org.groundwork.issue.ui;

import org.groundwork.base.AuditService;
import org.groundwork.business.BusinessService;
import org.groundwork.issue.ActionPlanService;
import org.groundwork.issue.IssueCommentService;
import org.groundwork.issue.IssueHeatService;
import org.groundwork.issue.IssueLinkService;
import org.groundwork.issue.IssueSharingService;
import org.groundwork.issue.MacroIssueService;
import org.groundwork.security.StaffDirectory;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.stereotype.Component;

/** The secured services the issue pages and dialogs read and write through, handed around as one. */
@Component
record IssueUiServices(MacroIssueService issues, IssueLinkService links, IssueHeatService heat,
                  ActionPlanService actionPlans, IssueCommentService comments, BusinessService businesses,
                  PartnerOrganizationService partners, StaffDirectory staff, AuditService audit,
                  IssueSharingService sharing) {
}
