package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.LinkRequest;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.Severity;

/**
 * "This is part of a wider issue": links one business to an existing macro-issue or creates a new one. While the
 * person types a title or picks a category, existing issues with similar titles or the same category are offered
 * first, so the same issue is not created twice.
 */
class WiderIssueDialog extends FormDialog {

    static final int SUGGESTIONS = 6;

    final TextField title = new TextField("What is the wider issue?");
    final ComboBox<IssueCategory> category = new ComboBox<>("Category");
    final RadioButtonGroup<Severity> severity = SeverityChoice.create();
    final VerticalLayout suggestions = new VerticalLayout();
    final Button create = new Button("Create a new issue and link");
    private final transient IssueUiServices services;
    private final transient Origin origin;

    /** Where the link comes from: the business, and the visit (with its answer) when started from one. */
    record Origin(Long businessId, String businessName, Long visitId, String note) {
    }

    WiderIssueDialog(Origin origin, IssueUiServices services) {
        super("Part of a wider issue: " + origin.businessName(), "40rem");
        this.services = services;
        this.origin = origin;
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setWidthFull();
        title.addValueChangeListener(e -> suggest());
        category.setItems(IssueCategory.values());
        category.setItemLabelGenerator(IssueCategory::label);
        category.addValueChangeListener(e -> suggest());
        suggestions.setPadding(false);
        suggestions.setSpacing(false);
        FormLayout form = new FormLayout(title, category, severity);
        form.setColspan(title, 2);
        add(form);
        if (origin.note() != null) {
            add(new Paragraph(origin.note()));
        }
        add(suggestions);
        create.addClickListener(e -> createAndLink());
        confirmWith(create);
    }

    void suggest() {
        suggestions.removeAll();
        List<MacroIssue> similar = services.issues().similar(title.getValue(), category.getValue(), SUGGESTIONS);
        if (similar.isEmpty()) {
            return;
        }
        suggestions.add(new Span("Is it one of these? Linking to an existing issue keeps the picture in one place."));
        for (MacroIssue issue : similar) {
            Button link = new Button("Link to this", e -> linkTo(issue));
            link.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(link, new Span(issue.getTitle() + " (" + issue.getCategory()
                    .label() + ", " + issue.getStatus().label() + ")"));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("gw-suggestion");
            suggestions.add(row);
        }
    }

    private LinkRequest request() {
        return new LinkRequest(origin.businessId(), severity.getValue(), origin.visitId(), null, origin.note());
    }

    void linkTo(MacroIssue issue) {
        try {
            services.links().link(issue.getId(), request());
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Linked " + origin.businessName() + " to " + issue.getTitle() + ".");
        close();
    }

    void createAndLink() {
        MacroIssue issue = new MacroIssue();
        issue.setTitle(title.getValue());
        issue.setCategory(category.getValue() == null ? IssueCategory.OTHER : category.getValue());
        if (issue.getTitle() == null || issue.getTitle().isBlank()) {
            FieldErrors.show(new RuleViolationException("title", "Give the issue a short title."),
                    Map.of("title", title));
            return;
        }
        MacroIssue saved;
        try {
            saved = services.links().createAndLink(issue, request());
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Created " + saved.getTitle() + " and linked " + origin.businessName() + ".");
        close();
    }
}
