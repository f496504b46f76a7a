package org.groundwork.report;

import java.util.List;
import org.groundwork.base.ReportFormat;

/**
 * One entry of the report catalog. Implementations are Spring beans; they read through secured services, so a
 * report never shows what its reader could not open in the app.
 */
public interface ReportDefinition {

    String title();

    /** One plain sentence on what the report answers. */
    String description();

    /** Whether the signed-in user may run it; the catalog lists only those. */
    boolean isAvailable();

    /** Whether it takes the period, comparison and business filters (a report on today's state does not). */
    default boolean takesFilters() {
        return true;
    }

    /** The report's lines for the screen, from the same service as the file, so the totals agree. */
    List<? extends Record> screenRows(ReportFilter filter);

    /** Renders the report; every run is recorded in the audit trail. */
    ReportFile render(ReportFilter filter, ReportFormat format);
}
