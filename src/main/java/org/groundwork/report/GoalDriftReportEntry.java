package org.groundwork.report;

import org.groundwork.plan.GoalDriftReport;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.springframework.stereotype.Component;

/** The goal drift report in the catalog, for the year to date; the drift view prints any other period. */
@Component
class GoalDriftReportEntry implements ReportDefinition {

    private final GoalDriftReport report;
    private final CurrentUser currentUser;

    GoalDriftReportEntry(GoalDriftReport report, CurrentUser currentUser) {
        this.report = report;
        this.currentUser = currentUser;
    }

    @Override
    public String title() {
        return report.title();
    }

    @Override
    public String description() {
        return report.description();
    }

    @Override
    public boolean isAvailable() {
        return currentUser.hasRole(Role.DIRECTOR) || currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.STAFF);
    }

    @Override
    public String fileName() {
        return report.fileName(report.yearToDate());
    }

    @Override
    public byte[] renderPdf() {
        return report.renderPdf(report.yearToDate());
    }
}
