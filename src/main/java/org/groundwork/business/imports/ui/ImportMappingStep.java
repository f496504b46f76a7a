package org.groundwork.business.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.groundwork.business.imports.ColumnMapping;
import org.groundwork.business.imports.ImportField;
import org.groundwork.business.imports.ImportTable;

/** Step 2: one choice per file column, pre-filled with the guess, so the user can correct it. */
class ImportMappingStep extends VerticalLayout {

    final List<ComboBox<ImportField>> columns = new ArrayList<>();
    final Span problem = new Span();
    final Button check = new Button("Check the file");
    final Button startOver = new Button("Choose another file");

    ImportMappingStep(ImportTable table, ColumnMapping guessed, Consumer<ColumnMapping> onCheck, Runnable onStartOver) {
        setPadding(false);
        add(new Paragraph(table.fileName() + ": " + ImportDryRunStep.count(table.rows().size(), "row") + ". Check where each column goes; "
                + "columns set to \"Don't import\" are left out. The legal name is required."));
        if (table.notice() != null) {
            Span notice = new Span(table.notice());
            notice.getElement().getThemeList().add("badge contrast");
            add(notice);
        }
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        for (int i = 0; i < table.headers().size(); i++) {
            ComboBox<ImportField> field = new ComboBox<>(table.headers().get(i).isBlank() ? "Column " + (i + 1)
                    : table.headers().get(i));
            field.setItems(ImportField.values());
            field.setItemLabelGenerator(ImportField::label);
            field.setPlaceholder("Don't import");
            field.setClearButtonVisible(true);
            field.setHelperText(example(table.sample(i)));
            field.setValue(guessed.fieldOf(i));
            columns.add(field);
            form.add(field);
        }
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> onCheck.accept(mapping()));
        startOver.addClickListener(e -> onStartOver.run());
        add(form, problem, new HorizontalLayout(check, startOver));
    }

    ColumnMapping mapping() {
        Map<Integer, ImportField> chosen = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getValue() != null) {
                chosen.put(i, columns.get(i).getValue());
            }
        }
        return new ColumnMapping(chosen);
    }

    private static String example(String sample) {
        String shortened = sample.length() > 40 ? sample.substring(0, 39) + "…" : sample;
        return shortened.isEmpty() ? "Empty in every row" : "e.g. " + shortened;
    }
}
