package org.groundwork.issue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.MacroIssue;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;

/** A macro-issue's title, category, description and lead partner, over a buffered binder. */
class IssueForm extends Composite<FormLayout> {

    final TextField title = new TextField("Title");
    final ComboBox<IssueCategory> category = new ComboBox<>("Category");
    final TextArea description = new TextArea("Description");
    final ComboBox<PartnerOrganization> lead;
    private final BeanValidationBinder<MacroIssue> binder = new BeanValidationBinder<>(MacroIssue.class);
    private final transient IssueUiServices services;

    IssueForm(IssueUiServices services) {
        this.services = services;
        category.setItems(IssueCategory.values());
        category.setItemLabelGenerator(IssueCategory::label);
        lead = EntityPicker.single("Lead partner", new OrganizationNameSearch(services.partners()),
                PartnerOrganization::getName);
        binder.bindInstanceFields(this);
        FormLayout form = getContent();
        form.add(title, category, lead, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
    }

    void read(MacroIssue issue) {
        binder.readBean(issue);
        lead.clear();
        if (issue.getLeadOrganizationId() != null) {
            services.partners().find(issue.getLeadOrganizationId()).ifPresent(lead::setValue);
        }
    }

    /** Writes the entries into {@code issue}; false, with the problems shown on the fields, when they don't pass. */
    boolean writeTo(MacroIssue issue) {
        if (!binder.writeBeanIfValid(issue)) {
            return false;
        }
        issue.setLeadOrganizationId(lead.getValue() == null ? null : lead.getValue().getId());
        return true;
    }

    /** Shows the service's refusal on the field it concerns. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("title", title));
    }
}
