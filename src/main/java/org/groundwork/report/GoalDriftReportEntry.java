package org.groundwork.report;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.Roles;
import org.groundwork.plan.DatePeriod;
import org.groundwork.plan.GoalDriftReport;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** The goal drift report in the catalog, for the chosen period; the drift view links to the records behind it. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class GoalDriftReportEntry implements ReportDefinition {

    private final GoalDriftReport report;
    private final ReportService reports;
    private final ReportRuns runs;
    private final CurrentUser currentUser;

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
    public List<? extends Record> screenRows(ReportFilter filter) {
        return report.lines(period(filter));
    }

    @Override
    public ReportFile render(ReportFilter filter, ReportFormat format) {
        return runs.run(title(), reports.header(title(), filter), format, () -> report.render(period(filter), format));
    }

    private static DatePeriod period(ReportFilter filter) {
        return new DatePeriod(filter.period().from(), filter.period().to());
    }
}
