package org.groundwork.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.groundwork.report.ReportFile;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;

/** A published scorecard shared with the partner's organization, as its PDF. */
class ScorecardLink extends Anchor {

    ScorecardLink(Scorecard scorecard, ScorecardService scorecards) {
        super(DownloadHandler.fromInputStream(event -> {
            ReportFile file = scorecards.pdf(scorecard.getId());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.contentType(), file.content().length);
        }), scorecard.title() + " (PDF)");
        getElement().setAttribute("download", true);
        getStyle().set("display", "block");
    }
}
