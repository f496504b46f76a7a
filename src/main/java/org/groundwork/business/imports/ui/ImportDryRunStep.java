package org.groundwork.business.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.groundwork.business.imports.ImportChoices;
import org.groundwork.business.imports.ImportPlan;

/**
 * Step 3: what the import will do, before anything is saved. Rejected rows can be downloaded; the good rows are
 * imported without them only if the user ticks the box; look-alikes of existing businesses are skipped unless
 * ticked.
 */
class ImportDryRunStep extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Grid<ImportPlan.Rejection> rejected = new Grid<>();
    final Grid<ImportPlan.Duplicate> duplicates = new Grid<>();
    final Grid<ImportPlan.Lookalike> lookalikes = new Grid<>();
    final Checkbox leaveOutRejected = new Checkbox();
    final Button importButton = new Button();
    final Button back = new Button("Back to the columns");
    private final ImportPlan plan;

    ImportDryRunStep(ImportPlan plan, String rejectedCsv, Consumer<ImportChoices> onImport, Runnable onBack) {
        this.plan = plan;
        setPadding(false);
        summary.setText(count(plan.rowCount(), "row") + " checked: " + count(plan.creates().size(), "new business")
                + ", " + count(plan.updates().size(), "update") + " of existing businesses, "
                + count(plan.duplicates().size(), "duplicate row") + " skipped, "
                + count(plan.lookalikes().size(), "look-alike") + " of existing businesses, "
                + count(plan.rejections().size(), "rejected row") + ".");
        add(new H3("What the import will do"), summary);
        if (!plan.rejections().isEmpty()) {
            addRejections(rejectedCsv);
        }
        if (!plan.duplicates().isEmpty()) {
            duplicates.addColumn(ImportPlan.Duplicate::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
            duplicates.addColumn(ImportPlan.Duplicate::reason).setHeader("Skipped because");
            duplicates.setItems(plan.duplicates());
            duplicates.setAllRowsVisible(plan.duplicates().size() <= 10);
            add(new H3("Duplicate rows in the file (skipped)"), duplicates);
        }
        if (!plan.lookalikes().isEmpty()) {
            lookalikes.setSelectionMode(Grid.SelectionMode.MULTI);
            lookalikes.addColumn(ImportPlan.Lookalike::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
            lookalikes.addColumn(l -> l.draft().business().getLegalName()).setHeader("In the file");
            lookalikes.addColumn(ImportPlan.Lookalike::reason).setHeader("Looks like");
            lookalikes.setItems(plan.lookalikes());
            lookalikes.addSelectionListener(e -> refreshButton());
            add(new H3("Look like businesses already on record"),
                    new Paragraph("Tick the rows that are really new businesses to create them; the others are "
                            + "skipped."), lookalikes);
        }
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> onImport.accept(choices()));
        back.addClickListener(e -> onBack.run());
        add(new HorizontalLayout(importButton, back));
        refreshButton();
    }

    private void addRejections(String rejectedCsv) {
        rejected.addColumn(ImportPlan.Rejection::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rejected.addColumn(ImportPlan.Rejection::reason).setHeader("Why it can't be imported");
        rejected.setItems(plan.rejections());
        rejected.setAllRowsVisible(plan.rejections().size() <= 10);
        byte[] csv = rejectedCsv.getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), "rejected-rows.csv", "text/csv", csv.length)),
                "Download the rejected rows (CSV)");
        leaveOutRejected.setLabel("Import the other rows and leave these " + plan.rejections().size() + " out");
        leaveOutRejected.addValueChangeListener(e -> refreshButton());
        add(new H3("Rows that can't be imported"), rejected, download, leaveOutRejected);
    }

    ImportChoices choices() {
        return new ImportChoices(leaveOutRejected.getValue(), lookalikes.getSelectedItems().stream()
                .map(ImportPlan.Lookalike::line).collect(Collectors.toSet()));
    }

    private void refreshButton() {
        int rows = plan.creates().size() + plan.updates().size() + lookalikes.getSelectedItems().size();
        importButton.setText("Import " + count(rows, "business"));
        importButton.setEnabled(rows > 0 && (plan.rejections().isEmpty() || leaveOutRejected.getValue()));
    }

    static String count(int n, String noun) {
        String plural = noun.endsWith("s") ? noun + "es" : noun + "s";
        return String.format(Locale.US, "%,d", n) + " " + (n == 1 ? noun : plural);
    }
}
