package org.groundwork.report.ui;

import java.util.Locale;
import org.groundwork.report.Period;
import org.groundwork.report.ProgramMeasure;
import org.springframework.modulith.NamedInterface;

/** The report pages' addresses that other pages link to, in one place. Exposed so the dashboard links here. */
@NamedInterface("report-links")
public final class ReportRoutes {

    /** Where a partner reads the scorecards published to their organization. */
    public static final String PARTNER_SCORECARDS = "portal/scorecards";
    static final String RECORDS = "reports/records/";

    private ReportRoutes() {
    }

    /** The records behind one retention summary figure in the period. */
    public static String records(ProgramMeasure measure, Period period) {
        return RECORDS + slug(measure) + "?from=" + period.from() + "&to=" + period.to();
    }

    static String slug(ProgramMeasure measure) {
        return measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ProgramMeasure measure(String slug) {
        return ProgramMeasure.valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
