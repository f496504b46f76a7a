package org.groundwork.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.Formats;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.ActionStatus;
import org.groundwork.issue.PartnerPortalService;
import org.groundwork.issue.PortalActionItem;
import org.groundwork.issue.PortalIssue;

/**
 * The issue's action plan; the steps the partner's own organization owns can be updated in place (status, notes,
 * due date) when the share lets them work the issue.
 */
class PortalActionPlan extends VerticalLayout {

    final List<ComboBox<ActionStatus>> statuses = new ArrayList<>();
    final List<Button> saveButtons = new ArrayList<>();
    private final Long issueId;

    PortalActionPlan(PortalIssue issue, PartnerPortalService portal, Runnable onSaved) {
        this.issueId = issue.id();
        setPadding(false);
        add(new H3("Action plan"));
        if (issue.actionItems().isEmpty()) {
            add(new Paragraph("No steps planned yet."));
        }
        for (PortalActionItem item : issue.actionItems()) {
            add(item.mine() ? editable(item, portal, onSaved) : readOnly(item));
        }
    }

    Long issueId() {
        return issueId;
    }

    private static Div readOnly(PortalActionItem item) {
        Div step = new Div(new Span(item.description()), new Paragraph(item.owner() + " · "
                + item.status().label() + " · due " + Formats.date(item.dueDate())));
        step.addClassName("gw-portal-step");
        return step;
    }

    private Div editable(PortalActionItem item, PartnerPortalService portal, Runnable onSaved) {
        ComboBox<ActionStatus> status = new ComboBox<>("Status", ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(item.status());
        TextArea notes = new TextArea("Notes");
        notes.setValue(item.notes() == null ? "" : item.notes());
        notes.setWidthFull();
        DatePicker due = new DatePicker("Due", item.dueDate());
        Button save = new Button("Save step", e -> {
            try {
                portal.updateActionItem(item.id(), item.version(), status.getValue(), notes.getValue(),
                        due.getValue());
            } catch (RuleViolationException rule) {
                FieldErrors.show(rule, Map.of("status", status, "notes", notes));
                return;
            } catch (RuntimeException failure) {
                SaveFailures.show(failure);
                return;
            }
            Notifications.success("Saved.");
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        statuses.add(status);
        saveButtons.add(save);
        Div step = new Div(new Span(item.description() + " (your organization)"), status, due, notes, save);
        step.addClassNames("gw-portal-step", "gw-portal-step-mine");
        return step;
    }
}
