package org.groundwork.visit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.EntriesForm;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNameSearch;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.visit.VisitChannel;

/** When, how and with whom a visit is planned; a buffered binder checks the entries before the service does. */
class PlanVisitForm extends EntriesForm<PlannedVisit> {

    final ComboBox<Business> business;
    final DatePicker date = new DatePicker("Date");
    final TimePicker time = new TimePicker("Time");
    final Select<VisitChannel> channel = new Select<>();
    final ComboBox<StaffMember> lead;
    final MultiSelectComboBox<StaffMember> others;
    final MultiSelectComboBox<PartnerOrganization> organizations;
    final TextField purpose = new TextField("Purpose");

    PlanVisitForm(VisitUiServices services) {
        super(PlannedVisit.class, PlannedVisit::new);
        business = EntityPicker.single("Business", new BusinessNameSearch(services.businesses()),
                BusinessNameSearch::label);
        lead = EntityPicker.single("Led by", services.staff(), StaffMember::fullName);
        others = EntityPicker.multiple("Other staff", services.staff(), StaffMember::fullName);
        organizations = EntityPicker.multiple("Partner organizations",
                new OrganizationNameSearch(services.organizations()), PartnerOrganization::getName);
        channel.setLabel("How");
        channel.setItems(VisitChannel.values());
        channel.setItemLabelGenerator(VisitChannel::label);
        FormLayout form = getContent();
        form.add(business, date, time, channel, lead, others, organizations, purpose);
        form.setColspan(business, 2);
        form.setColspan(purpose, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        binder.bindInstanceFields(this);
    }

    @Override
    public void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("business", business, "visitDate", date, "channel", channel,
                "leadStaffId", lead));
    }
}
