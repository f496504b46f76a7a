package org.groundwork.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ui.Notifications;
import org.groundwork.report.ReportDefinition;
import org.groundwork.report.ReportFile;
import org.groundwork.report.ReportFilter;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * One report of the catalog: show it on screen, or prepare it as PDF or XLSX. Preparing runs in the background
 * (as the signed-in user) under a progress bar while the page polls; the file is then offered for download.
 */
class ReportCard extends Div {

    private static final Executor BACKGROUND = Executors.newVirtualThreadPerTaskExecutor();
    private static final int POLL_MILLIS = 500;

    final Button show = new Button("Show on screen", VaadinIcon.TABLE.create());
    final Button pdf = new Button("PDF", VaadinIcon.FILE_TEXT_O.create());
    final Button xlsx = new Button("XLSX", VaadinIcon.TABLE.create());
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Div download = new Div();
    final ReportDefinition report;

    ReportCard(ReportDefinition report, Supplier<ReportFilter> filter, Consumer<ReportCard> onShow) {
        this.report = report;
        addClassName("gw-card");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        show.addClickListener(e -> onShow.accept(this));
        pdf.addClickListener(e -> prepare(filter.get(), ReportFormat.PDF));
        xlsx.addClickListener(e -> prepare(filter.get(), ReportFormat.XLSX));
        add(new H3(report.title()), new Paragraph(report.description()), new HorizontalLayout(show, pdf, xlsx),
                progress, status, download);
    }

    private void prepare(ReportFilter filter, ReportFormat format) {
        if (filter == null) {
            return;
        }
        UI ui = UI.getCurrent();
        pdf.setEnabled(false);
        xlsx.setEnabled(false);
        progress.setVisible(true);
        status.setText("Preparing the " + format.name() + "…");
        download.removeAll();
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture.supplyAsync(() -> report.render(filter, format),
                        new DelegatingSecurityContextExecutor(BACKGROUND))
                .whenComplete((file, failure) -> ui.access(() -> finished(ui, file, failure)));
    }

    private void finished(UI ui, ReportFile file, Throwable failure) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        pdf.setEnabled(true);
        xlsx.setEnabled(true);
        if (failure != null) {
            status.setText("The report could not be prepared. Try again; if it fails again, tell an admin.");
            Notifications.error(status.getText());
            return;
        }
        status.setText("Ready.");
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                file.content().length)), "Download " + file.fileName());
        link.getElement().setAttribute("download", true);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.add(link);
    }
}
