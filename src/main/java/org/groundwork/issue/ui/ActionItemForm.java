package org.groundwork.issue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.issue.ActionItem;
import org.groundwork.issue.ActionStatus;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;

/** One action plan step: what, who owns it (a staff member or a partner), by when, and its status. */
class ActionItemForm extends Composite<FormLayout> {

    static final String STAFF = "A staff member";
    static final String PARTNER = "A partner organization";

    final TextArea description = new TextArea("What needs doing");
    final RadioButtonGroup<String> ownerKind = new RadioButtonGroup<>("Owner");
    final ComboBox<StaffMember> staffOwner;
    final ComboBox<PartnerOrganization> partnerOwner;
    final DatePicker dueDate = new DatePicker("Due");
    final ComboBox<ActionStatus> status = new ComboBox<>("Status");
    private final BeanValidationBinder<ActionItem> binder = new BeanValidationBinder<>(ActionItem.class);
    private final transient IssueUiServices services;

    ActionItemForm(IssueUiServices services) {
        this.services = services;
        ownerKind.setItems(STAFF, PARTNER);
        staffOwner = EntityPicker.single("Staff member", services.staff(), StaffMember::fullName);
        partnerOwner = EntityPicker.single("Partner organization", new OrganizationNameSearch(services.partners()),
                PartnerOrganization::getName);
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        ownerKind.addValueChangeListener(e -> {
            staffOwner.setVisible(STAFF.equals(e.getValue()));
            partnerOwner.setVisible(PARTNER.equals(e.getValue()));
        });
        binder.bindInstanceFields(this);
        FormLayout form = getContent();
        form.add(description, ownerKind, staffOwner, partnerOwner, dueDate, status);
        form.setColspan(description, 2);
        form.setColspan(ownerKind, 2);
    }

    void read(ActionItem item) {
        staffOwner.clear();
        partnerOwner.clear();
        services.staff().find(item.getOwnerStaffId()).ifPresent(staffOwner::setValue);
        if (item.getOwnerOrganizationId() != null) {
            services.partners().find(item.getOwnerOrganizationId()).ifPresent(partnerOwner::setValue);
        }
        ownerKind.setValue(item.getOwnerOrganizationId() != null ? PARTNER : STAFF);
        binder.readBean(item);
    }

    /** Writes the entries into {@code item}; false, with the problems shown on the fields, when they don't pass. */
    boolean writeTo(ActionItem item) {
        if (!binder.writeBeanIfValid(item)) {
            return false;
        }
        if (PARTNER.equals(ownerKind.getValue())) {
            item.ownedByOrganization(partnerOwner.getValue() == null ? null : partnerOwner.getValue().getId());
        } else {
            item.ownedByStaff(staffOwner.getValue() == null ? null : staffOwner.getValue().id());
        }
        return true;
    }

    /** Shows the service's refusal on the owner field in use. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("owner", PARTNER.equals(ownerKind.getValue()) ? partnerOwner : staffOwner));
    }
}
