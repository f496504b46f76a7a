package org.groundwork.report;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.springframework.stereotype.Component;

/** Renders a published scorecard from its frozen figures, never from live data. */
@Component
@RequiredArgsConstructor
class ScorecardPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final ReportRenderer renderer;
    private final ReportRuns runs;
    private final Clock clock;

    ReportFile render(Scorecard scorecard, ReportFormat format) {
        String note = scorecard.getCorrectionNote() == null ? "All businesses"
                : "All businesses. Correction: " + scorecard.getCorrectionNote();
        ReportHeader header = new ReportHeader(scorecard.title(), scorecard.period().label(),
                "Previous quarter: " + scorecard.period().previousQuarter().label(), note, scorecard.getDataAsOf(),
                scorecard.getPublishedBy() + ", published " + DAY.format(scorecard.getPublishedAt()
                        .atZone(clock.getZone())));
        List<ScorecardLine> lines = scorecard.getFigures().stream().map(f -> {
            MeasureRow row = MeasureRow.of(f.getLabel(), f.getUnit(), f.getFigure(), f.getPreviousFigure());
            return new ScorecardLine(row.measure(), row.unit(), row.current(), row.comparison(), row.change());
        }).toList();
        return runs.run(scorecard.title(), header, format,
                () -> renderer.render("scorecard", header.parameters(), lines.iterator(), format));
    }
}
