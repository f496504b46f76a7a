package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Each cross-business issue: status, heat, affected businesses by sector and action-plan progress. */
@Component
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
    byte[] fill(ReportFilter filter, ReportHeader header, ReportFormat format) {
        return fillFrom(screenRows(filter).iterator(), header, format);
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.macroIssues(filter);
    }
}
