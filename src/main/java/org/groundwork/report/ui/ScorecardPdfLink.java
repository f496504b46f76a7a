package org.groundwork.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.groundwork.report.ReportFile;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;
import org.springframework.modulith.NamedInterface;

/**
 * A published scorecard's PDF as a download link; the service decides whether the reader may have it. Exposed so
 * the dashboard links here.
 */
@NamedInterface("report-links")
public class ScorecardPdfLink extends Anchor {

    public ScorecardPdfLink(Scorecard scorecard, ScorecardService scorecards, String text) {
        super(DownloadHandler.fromInputStream(event -> {
            ReportFile file = scorecards.pdf(scorecard.getId());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.contentType(), file.content().length);
        }), text);
        getElement().setAttribute("download", true);
    }
}
