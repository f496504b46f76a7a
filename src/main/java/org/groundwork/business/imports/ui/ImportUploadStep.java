package org.groundwork.business.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiConsumer;

/** Step 1: choose a CSV or XLSX file. The file is held in memory only until it has been read. */
class ImportUploadStep extends VerticalLayout {

    final Upload upload;
    final Span error = new Span();

    ImportUploadStep(long maxBytes, BiConsumer<String, byte[]> onFile) {
        setPadding(false);
        long megabytes = maxBytes / 1024 / 1024;
        add(new Paragraph("Choose a CSV or Excel (.xlsx) file with one business per row and a header line that "
                + "names the columns, up to " + megabytes + " MB. Nothing is saved until you have checked what "
                + "the import will do."));
        upload = new Upload(UploadHandler.inMemory((metadata, content) -> {
            UI ui = getUI().orElseThrow();
            ui.access(() -> onFile.accept(metadata.fileName(), content));
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.addFileRejectedListener(event -> showError(event.getErrorMessage() + " Files can be up to "
                + megabytes + " MB, as CSV or .xlsx."));
        error.addClassName("gw-error-text");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(upload, error);
    }

    void showError(String message) {
        error.setText(message);
        upload.clearFileList();
    }
}
