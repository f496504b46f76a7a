package org.groundwork.stakeholder.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;

/** A partner organization's name, kind and how to reach it, over a buffered binder. */
class PartnerForm extends Composite<FormLayout> {

    final TextField name = new TextField("Name");
    final ComboBox<OrganizationType> type = new ComboBox<>("Kind");
    final TextField website = new TextField("Website");
    final TextField phone = new TextField("Phone");
    final EmailField email = new EmailField("Email");
    final TextArea notes = new TextArea("Notes");
    private final BeanValidationBinder<PartnerOrganization> binder =
            new BeanValidationBinder<>(PartnerOrganization.class);

    PartnerForm() {
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(OrganizationType::label);
        binder.bindInstanceFields(this);
        FormLayout form = getContent();
        form.add(name, type, phone, email, website, notes);
        form.setColspan(notes, 2);
    }

    void read(PartnerOrganization organization) {
        binder.readBean(organization);
    }

    /** Writes the entries into {@code organization}; false, with the problems on the fields, when they don't pass. */
    boolean writeTo(PartnerOrganization organization) {
        return binder.writeBeanIfValid(organization);
    }

    /** Shows the service's refusal on the field it concerns. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("name", name));
    }
}
