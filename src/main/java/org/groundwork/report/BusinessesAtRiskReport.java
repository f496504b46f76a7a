package org.groundwork.report;

import java.util.List;
import java.util.Map;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Red and yellow flags open at the end of the period. It can run to thousands of lines, so rows go from the
 * database cursor straight into the report instead of through a list.
 */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@Order(2)
class BusinessesAtRiskReport extends InternalReport {

    BusinessesAtRiskReport(ReportService reports, ReportRenderer renderer, ReportRuns runs, CurrentUser currentUser) {
        super(reports, renderer, runs, currentUser);
    }

    @Override
    public String title() {
        return "Businesses at risk";
    }

    @Override
    public String description() {
        return "Open red and yellow flags by sector and owner: how long they have been open and the next action.";
    }

    @Override
    String design() {
        return "businesses-at-risk";
    }

    @Override
    ReportFilter stated(ReportFilter filter) {
        return reports.ownWorkFor(filter);
    }

    @Override
    byte[] fill(ReportFilter filter, ReportHeader header, ReportFormat format) {
        List<Map<String, ?>> bySector = reports.atRiskBySector(filter).stream().map(SectorFlags::chartRow).toList();
        return reports.atRisk(filter, rows -> fillFrom(rows, header, Map.of("flagsBySector", bySector), format));
    }

    /** On screen the totals by colour; the list itself is in the file. */
    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        long[] totals = reports.atRiskTotals(filter);
        return List.of(new FlagTotal("Red", totals[0]), new FlagTotal("Yellow", totals[1]),
                new FlagTotal("All open flags", totals[0] + totals[1]));
    }

    /** How many flags of a colour the report lists. */
    public record FlagTotal(String flag, long open) {
    }
}
