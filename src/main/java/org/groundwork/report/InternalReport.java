package org.groundwork.report;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;

/**
 * A program report for admins, directors and staff: a design in {@code reports/} filled with rows from the
 * {@link ReportService} under the standard header.
 */
@RequiredArgsConstructor
abstract class InternalReport implements ReportDefinition {

    protected final ReportService reports;
    private final ReportRenderer renderer;
    private final ReportRuns runs;
    private final CurrentUser currentUser;

    /** The design's file name in {@code reports/}, without extension. */
    abstract String design();

    /**
     * Fills the design with rows read for the filter (as the service narrows it for the reader): by default the rows
     * the screen shows, so the file's figures and the screen's are the same.
     */
    byte[] fill(ReportFilter filter, ReportHeader header, ReportFormat format) {
        return fillFrom(screenRows(filter).iterator(), header, format);
    }

    /** The filter the header states; a report that narrows it for staff states the narrowed one. */
    ReportFilter stated(ReportFilter filter) {
        return filter;
    }

    byte[] fillFrom(Iterator<?> rows, ReportHeader header, ReportFormat format) {
        return fillFrom(rows, header, Map.of(), format);
    }

    /** Fills with further parameters besides the header's, such as the figures of a chart. */
    byte[] fillFrom(Iterator<?> rows, ReportHeader header, Map<String, Object> more, ReportFormat format) {
        Map<String, Object> parameters = new HashMap<>(header.parameters());
        parameters.putAll(more);
        return renderer.render(design(), parameters, rows, format);
    }

    @Override
    public boolean isAvailable() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.DIRECTOR) || currentUser.hasRole(Role.STAFF);
    }

    @Override
    public ReportFile render(ReportFilter filter, ReportFormat format) {
        ReportHeader header = reports.header(title(), stated(filter));
        return runs.run(title(), header, format, () -> fill(filter, header, format));
    }
}
