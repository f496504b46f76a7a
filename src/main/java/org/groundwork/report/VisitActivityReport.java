package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportRenderer;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** Completed visits, businesses reached and hours by staff member and by sector, with the program total. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@Order(3)
class VisitActivityReport extends InternalReport {

    VisitActivityReport(ReportService reports, ReportRenderer renderer, ReportRuns runs, CurrentUser currentUser) {
        super(reports, renderer, runs, currentUser);
    }

    @Override
    public String title() {
        return "Visit activity";
    }

    @Override
    public String description() {
        return "Completed visits, businesses reached and hours by staff member and by sector, with the program total.";
    }

    @Override
    String design() {
        return "visit-activity";
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.visitActivity(filter);
    }
}
