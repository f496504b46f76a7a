package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportRenderer;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** Each cross-business issue: status, heat, affected businesses by sector and action-plan progress. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@Order(6)
class MacroIssuesReport extends InternalReport {

    MacroIssuesReport(ReportService reports, ReportRenderer renderer, ReportRuns runs, CurrentUser currentUser) {
        super(reports, renderer, runs, currentUser);
    }

    @Override
    public String title() {
        return "Macro-issues";
    }

    @Override
    public String description() {
        return "Each cross-business issue: status, heat, affected businesses by sector and action-plan progress.";
    }

    @Override
    String design() {
        return "macro-issues";
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.macroIssues(filter);
    }
}
