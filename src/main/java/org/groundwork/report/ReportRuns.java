package org.groundwork.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditService;
import org.groundwork.base.ReportFormat;
import org.springframework.stereotype.Component;

/** Runs a report and records the run (who, which report, format, period and filters) in the audit trail. */
@Component
@RequiredArgsConstructor
class ReportRuns {

    static final String AUDIT_TYPE = "Report";

    private final AuditService audit;
    private final Clock clock;

    ReportFile run(String title, ReportHeader header, ReportFormat format, Supplier<byte[]> renderer) {
        byte[] content = renderer.get();
        String details = title + " as " + format.name() + (header == null ? ""
                : "; period " + header.period() + "; " + header.comparison() + "; " + header.filters());
        audit.record(AuditAction.EXPORT, AUDIT_TYPE, null, details);
        String name = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + LocalDate.now(clock)
                + "." + format.extension();
        return new ReportFile(name, format.contentType(), content);
    }
}
