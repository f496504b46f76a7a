package org.groundwork.business.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.BiConsumer;
import org.groundwork.base.RuleViolationException;

/**
 * Step 1: choose a CSV or XLSX file. The file is held in memory only until it has been read, and the server cuts
 * an upload off at the size limit whatever the browser was told (the limit set on the component is only a hint).
 */
class ImportUploadStep extends VerticalLayout {

    /** Reads an upload of a declared size from its stream, refusing it past the limit. */
    interface Receiver {
        byte[] receive(long declaredSize, InputStream content);
    }

    final Upload upload;
    final Span error = new Span();

    ImportUploadStep(long maxBytes, Receiver receiver, BiConsumer<String, byte[]> onFile) {
        setPadding(false);
        long megabytes = maxBytes / 1024 / 1024;
        add(new Paragraph("Choose a CSV or Excel (.xlsx) file with one business per row and a header line that "
                + "names the columns, up to " + megabytes + " MB. Nothing is saved until you have checked what "
                + "the import will do."));
        upload = new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            String fileName = event.getFileName();
            try {
                byte[] content = receiver.receive(event.getFileSize(), event.getInputStream());
                ui.access(() -> onFile.accept(fileName, content));
            } catch (RuleViolationException refused) {
                ui.access(() -> showError(refused.getMessage()));
            }
        });
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
