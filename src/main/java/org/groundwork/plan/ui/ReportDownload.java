package org.groundwork.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import org.groundwork.base.ui.Notifications;
import org.groundwork.plan.DatePeriod;
import org.groundwork.plan.GoalDriftReport;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The board report for a period: "Prepare" renders it in the background with a progress bar (the page polls
 * until it is ready, so it keeps responding), then offers the finished PDF for download.
 */
class ReportDownload extends HorizontalLayout {

    private static final int POLL_MILLIS = 500;

    private final GoalDriftReport report;
    private final DatePeriod period;
    final Button prepare = new Button("Prepare the board report (PDF)", VaadinIcon.FILE_TEXT_O.create());

    ReportDownload(GoalDriftReport report, DatePeriod period) {
        this.report = report;
        this.period = period;
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        prepare.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        prepare.addClickListener(e -> start(e.getSource().getUI().orElseThrow()));
        add(prepare);
    }

    private void start(UI ui) {
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setWidth("10rem");
        removeAll();
        add(new Span("Preparing the report…"), progress);
        ui.setPollInterval(POLL_MILLIS);
        // The secured services need the signed-in user on the rendering thread too.
        SecurityContext context = SecurityContextHolder.getContext();
        CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                return report.renderPdf(period);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }).whenComplete((pdf, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            removeAll();
            if (failure != null) {
                Notifications.error("The report could not be prepared. Try again; if it keeps failing, tell your "
                        + "administrator.");
                add(prepare);
            } else {
                add(link(pdf));
            }
        }));
    }

    private Anchor link(byte[] pdf) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), report.fileName(period), "application/pdf", pdf.length)), "");
        link.getElement().setAttribute("download", true);
        Button download = new Button("Download the board report (PDF)", VaadinIcon.DOWNLOAD.create());
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.add(download);
        return link;
    }
}
