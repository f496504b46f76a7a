package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The board report: visits, businesses reached, key companies, flags, jobs, investment and satisfaction against the comparison period. */
@Component
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
    byte[] fill(ReportFilter filter, ReportHeader header, ReportFormat format) {
        return fillFrom(screenRows(filter).iterator(), header, format);
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.retentionSummary(filter).rows();
    }
}
