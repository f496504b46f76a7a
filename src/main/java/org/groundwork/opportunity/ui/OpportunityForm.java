package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.stream.Collectors;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNameSearch;
import org.groundwork.opportunity.Opportunity;
import org.groundwork.opportunity.OpportunityType;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;

/** An opportunity's details (not its stage) over a buffered binder; the business is fixed once it exists. */
class OpportunityForm extends Composite<FormLayout> {

    final ComboBox<Business> business;
    final TextField title = new TextField("Title");
    final ComboBox<OpportunityType> type = new ComboBox<>("Kind");
    final IntegerField projectedJobs = new IntegerField("New jobs expected");
    final IntegerField retainedJobs = new IntegerField("Jobs retained");
    final BigDecimalField capitalInvestment = new BigDecimalField("Capital investment ($)");
    final DatePicker expectedDate = new DatePicker("Expected by");
    final MultiSelectComboBox<PartnerOrganization> partners;
    final TextArea notes = new TextArea("Notes");
    private final BeanValidationBinder<Opportunity> binder = new BeanValidationBinder<>(Opportunity.class);
    private final transient OpportunityUiServices services;

    OpportunityForm(OpportunityUiServices services) {
        this.services = services;
        business = EntityPicker.single("Business", new BusinessNameSearch(services.businesses()),
                BusinessNameSearch::label);
        business.setRequired(true);
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(OpportunityType::label);
        capitalInvestment.setHelperText("Dollars the business plans to invest");
        partners = EntityPicker.multiple("Partners involved", new OrganizationNameSearch(services.partners()),
                PartnerOrganization::getName);
        binder.bindInstanceFields(this);
        FormLayout form = getContent();
        form.add(business, title, type, expectedDate, projectedJobs, retainedJobs, capitalInvestment, partners,
                notes);
        form.setColspan(business, 2);
        form.setColspan(title, 2);
        form.setColspan(partners, 2);
        form.setColspan(notes, 2);
    }

    void read(Opportunity opportunity) {
        business.setValue(opportunity.getBusinessId() == null ? null
                : services.businesses().get(opportunity.getBusinessId()));
        business.setEnabled(opportunity.isNew());
        partners.setValue(services.partners().findAll(opportunity.getPartnerIds()));
        binder.readBean(opportunity);
    }

    /** Writes the entries into {@code opportunity}; false, with the problems on the fields, when they don't pass. */
    boolean writeTo(Opportunity opportunity) {
        if (business.getValue() == null) {
            business.setErrorMessage("Choose the business.");
            business.setInvalid(true);
            return false;
        }
        if (!binder.writeBeanIfValid(opportunity)) {
            return false;
        }
        opportunity.setBusinessId(business.getValue().getId());
        opportunity.setPartnerIds(partners.getValue().stream().map(PartnerOrganization::getId)
                .collect(Collectors.toSet()));
        return true;
    }

    /** Shows the service's refusal on the field it concerns. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("projectedJobs", projectedJobs, "retainedJobs", retainedJobs,
                "capitalInvestment", capitalInvestment, "title", title));
    }
}
