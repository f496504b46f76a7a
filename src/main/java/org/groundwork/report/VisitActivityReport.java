package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Completed visits, businesses reached and hours by staff member and by sector, with the program total. */
@Component
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
    byte[] fill(ReportFilter filter, ReportHeader header, ReportFormat format) {
        return fillFrom(screenRows(filter).iterator(), header, format);
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.visitActivity(filter);
    }
}
