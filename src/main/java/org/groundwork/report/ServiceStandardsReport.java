package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How often each service standard was met on time, and the median days, per person or organization. */
@Component
@Order(5)
class ServiceStandardsReport extends InternalReport {

    ServiceStandardsReport(ReportService reports, ReportRenderer renderer, ReportRuns runs, CurrentUser currentUser) {
        super(reports, renderer, runs, currentUser);
    }

    @Override
    public String title() {
        return "Service standards";
    }

    @Override
    public String description() {
        return "How often each service standard was met on time, and the median days, per person or organization.";
    }

    @Override
    String design() {
        return "service-standards";
    }

    @Override
    byte[] fill(ReportFilter filter, ReportHeader header, ReportFormat format) {
        return fillFrom(screenRows(filter).iterator(), header, format);
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.serviceStandards(filter);
    }
}
