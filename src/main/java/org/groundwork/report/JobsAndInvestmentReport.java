package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Opportunities won and lost by kind, with jobs and investment projected against realized. */
@Component
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
    byte[] fill(ReportFilter filter, ReportHeader header, ReportFormat format) {
        return fillFrom(screenRows(filter).iterator(), header, format);
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return reports.jobsAndInvestment(filter);
    }
}
