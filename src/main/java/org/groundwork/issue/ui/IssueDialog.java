package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.function.Consumer;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.MacroIssue;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;

/** Creates or edits a macro-issue's title, category, description and lead partner; buffered, refusals on fields. */
class IssueDialog extends Dialog {

    final TextField title = new TextField("Title");
    final ComboBox<IssueCategory> category = new ComboBox<>("Category");
    final TextArea description = new TextArea("Description");
    final ComboBox<PartnerOrganization> lead;
    final Button save = new Button("Save");
    private final BeanValidationBinder<MacroIssue> binder = new BeanValidationBinder<>(MacroIssue.class);

    IssueDialog(MacroIssue issue, IssueUiServices services, Consumer<MacroIssue> onSaved) {
        setHeaderTitle(issue.isNew() ? "New macro-issue" : "Edit " + issue.getTitle());
        setWidth("min(100vw, 36rem)");
        category.setItems(IssueCategory.values());
        category.setItemLabelGenerator(IssueCategory::label);
        lead = EntityPicker.single("Lead partner", new OrganizationNameSearch(services.partners()),
                PartnerOrganization::getName);
        if (issue.getLeadOrganizationId() != null) {
            services.partners().find(issue.getLeadOrganizationId()).ifPresent(lead::setValue);
        }
        binder.bindInstanceFields(this);
        binder.readBean(issue);
        FormLayout form = new FormLayout(title, category, lead, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            MacroIssue saved;
            try {
                binder.writeBean(issue);
                issue.setLeadOrganizationId(lead.getValue() == null ? null : lead.getValue().getId());
                saved = services.issues().save(issue);
            } catch (ValidationException invalid) {
                return;
            } catch (RuleViolationException rule) {
                FieldErrors.show(rule, Map.of("title", title));
                return;
            } catch (RuntimeException failure) {
                SaveFailures.show(failure);
                return;
            }
            Notifications.success("Saved " + saved.getTitle() + ".");
            close();
            onSaved.accept(saved);
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
