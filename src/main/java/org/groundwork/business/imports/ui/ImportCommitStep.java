package org.groundwork.business.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.groundwork.business.imports.ImportResult;

/** Step 4: the progress of the commit, then what it did, or that nothing was saved. */
class ImportCommitStep extends VerticalLayout {

    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph("Starting the import…");
    final Button another = new Button("Import another file");

    ImportCommitStep(Runnable onAnother) {
        setPadding(false);
        progress.setIndeterminate(true);
        another.setVisible(false);
        another.addClickListener(e -> onAnother.run());
        add(progress, status, another);
    }

    void progress(int done, int total) {
        progress.setIndeterminate(false);
        progress.setValue(total == 0 ? 1 : (double) done / total);
        status.setText("Saved " + ImportDryRunStep.count(done, "business") + " of " + String.format(java.util.Locale.US, "%,d", total) + "…");
    }

    void finished(ImportResult result) {
        progress.setIndeterminate(false);
        progress.setValue(1);
        status.setText("Import finished: " + result.summary() + ".");
        another.setVisible(true);
    }

    void failed(String reason) {
        progress.setVisible(false);
        status.setText("Nothing was imported: " + reason + " Every row of this import was rolled back, so you can "
                + "fix the problem and try again.");
        status.getStyle().set("color", "var(--lumo-error-text-color)");
        another.setVisible(true);
    }
}
