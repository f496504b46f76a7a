package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportRenderer;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** The board report: visits, businesses reached, key companies, flags, jobs, investment and satisfaction against the comparison period. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@Order(1)
class RetentionSummaryReport extends InternalReport {

    RetentionSummaryReport(ReportService reports, ReportRenderer renderer, ReportRuns runs, CurrentUser currentUser) {
        super(reports, renderer, runs, currentUser);
    }

    @Override
    public String title() {
        return "Retention and expansion summary";
    }

    @Override
    public String description() {
        return "The board report: visits, businesses reached, key companies, flags, jobs, investment and satisfaction against the comparison period.";
    }

    @Override
    String design() {
        return "retention-summary";
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.retentionSummary(filter).rows();
    }
}
