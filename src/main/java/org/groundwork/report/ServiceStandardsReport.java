package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportRenderer;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** How often each service standard was met on time, and the median days, per person or organization. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
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
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.serviceStandards(filter);
    }
}
