package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNameSearch;
import org.groundwork.opportunity.Opportunity;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.opportunity.OpportunityType;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;

/**
 * Creates or edits an opportunity's details (its stage moves on the board or its page). The binder is buffered:
 * on a refusal the dialog stays open with everything typed, the message on the field it concerns.
 */
class OpportunityDialog extends Dialog {

    final ComboBox<Business> business;
    final TextField title = new TextField("Title");
    final ComboBox<OpportunityType> type = new ComboBox<>("Kind");
    final IntegerField projectedJobs = new IntegerField("New jobs expected");
    final IntegerField retainedJobs = new IntegerField("Jobs retained");
    final BigDecimalField capitalInvestment = new BigDecimalField("Capital investment ($)");
    final DatePicker expectedDate = new DatePicker("Expected by");
    final MultiSelectComboBox<PartnerOrganization> partners;
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save");
    private final BeanValidationBinder<Opportunity> binder = new BeanValidationBinder<>(Opportunity.class);
    private final transient Opportunity opportunity;
    private final transient OpportunityService opportunities;
    private final transient Consumer<Opportunity> onSaved;

    OpportunityDialog(Opportunity opportunity, OpportunityUiServices services, Consumer<Opportunity> onSaved) {
        this.opportunity = opportunity;
        this.opportunities = services.opportunities();
        this.onSaved = onSaved;
        setHeaderTitle(opportunity.isNew() ? "New growth opportunity" : "Edit " + opportunity.getTitle());
        setWidth("min(100vw, 40rem)");
        business = EntityPicker.single("Business", new BusinessNameSearch(services.businesses()),
                BusinessNameSearch::label);
        if (opportunity.getBusinessId() != null) {
            business.setValue(services.businesses().get(opportunity.getBusinessId()));
        }
        business.setEnabled(opportunity.isNew());
        business.setRequired(true);
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(OpportunityType::label);
        capitalInvestment.setHelperText("Dollars the business plans to invest");
        partners = EntityPicker.multiple("Partners involved", new OrganizationNameSearch(services.partners()),
                PartnerOrganization::getName);
        partners.setValue(services.partners().findAll(opportunity.getPartnerIds()));
        binder.bindInstanceFields(this);
        binder.readBean(opportunity);
        FormLayout form = new FormLayout(business, title, type, expectedDate, projectedJobs, retainedJobs,
                capitalInvestment, partners, notes);
        form.setColspan(business, 2);
        form.setColspan(title, 2);
        form.setColspan(partners, 2);
        form.setColspan(notes, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        if (business.getValue() == null) {
            business.setErrorMessage("Choose the business.");
            business.setInvalid(true);
            return;
        }
        Opportunity saved;
        try {
            binder.writeBean(opportunity);
            opportunity.setBusinessId(business.getValue().getId());
            opportunity.setPartnerIds(partners.getValue().stream().map(PartnerOrganization::getId)
                    .collect(Collectors.toSet()));
            saved = opportunities.save(opportunity);
        } catch (ValidationException invalid) {
            return;
        } catch (RuleViolationException rule) {
            FieldErrors.show(rule, Map.of("projectedJobs", projectedJobs, "retainedJobs", retainedJobs,
                    "capitalInvestment", capitalInvestment, "title", title));
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Saved " + saved.getTitle() + ".");
        close();
        onSaved.accept(saved);
    }
}
