package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportRenderer;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** Opportunities won and lost by kind, with jobs and investment projected against realized. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@Order(4)
class JobsAndInvestmentReport extends InternalReport {

    JobsAndInvestmentReport(ReportService reports, ReportRenderer renderer, ReportRuns runs, CurrentUser currentUser) {
        super(reports, renderer, runs, currentUser);
    }

    @Override
    public String title() {
        return "Jobs and investment";
    }

    @Override
    public String description() {
        return "Opportunities won and lost by kind, with jobs and investment projected against realized.";
    }

    @Override
    String design() {
        return "jobs-and-investment";
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.jobsAndInvestment(filter);
    }
}
