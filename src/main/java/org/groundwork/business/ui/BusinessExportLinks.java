package org.groundwork.business.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.groundwork.business.BusinessExporter;
import org.groundwork.business.BusinessGridState;

/** Downloads of every business the grid's filter matches, with the grid's visible columns and sort. */
class BusinessExportLinks extends HorizontalLayout {

    final Anchor csv;
    final Anchor xlsx;

    BusinessExportLinks(BusinessExporter exporter, Supplier<BusinessGridState> state) {
        csv = link("Export CSV", "csv", "text/csv", state, exporter::exportCsv);
        xlsx = link("Export Excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                state, exporter::exportXlsx);
        setAlignItems(Alignment.CENTER);
        add(csv, xlsx);
    }

    private static Anchor link(String text, String extension, String contentType, Supplier<BusinessGridState> state,
                               BiConsumer<BusinessGridState, OutputStream> export) {
        Anchor anchor = new Anchor((DownloadEvent event) -> {
            event.setFileName("businesses-" + LocalDate.now() + "." + extension);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                export.accept(state.get(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, text);
        anchor.getElement().setAttribute("download", true);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return anchor;
    }
}
