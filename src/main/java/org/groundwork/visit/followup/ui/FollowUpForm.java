package org.groundwork.visit.followup.ui;

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
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.visit.followup.FollowUp;

/** A follow-up's what, who owns it (a staff member or a partner organization) and when it's due; buffered. */
class FollowUpForm extends Composite<FormLayout> {

    static final String STAFF = "A staff member";
    static final String ORGANIZATION = "A partner organization";

    final TextArea description = new TextArea("What needs doing");
    final RadioButtonGroup<String> ownerKind = new RadioButtonGroup<>("Owner");
    final ComboBox<StaffMember> staffOwner;
    final ComboBox<PartnerOrganization> organizationOwner;
    final DatePicker dueDate = new DatePicker("Due");
    private final BeanValidationBinder<FollowUp> binder = new BeanValidationBinder<>(FollowUp.class);
    private final transient StaffDirectory staff;

    FollowUpForm(StaffDirectory staff, PartnerOrganizationService organizations) {
        this.staff = staff;
        description.setWidthFull();
        description.setHelperText("For example: \"Send the expansion grant form\" or \"Introduce to the college's "
                + "welding program\".");
        ownerKind.setItems(STAFF, ORGANIZATION);
        ownerKind.addValueChangeListener(e -> showOwnerField());
        staffOwner = EntityPicker.single("Staff member", staff, StaffMember::fullName);
        organizationOwner = EntityPicker.single("Partner organization", new OrganizationNameSearch(organizations),
                PartnerOrganization::getName);
        binder.forField(description).bind("description");
        binder.forField(dueDate).bind("dueDate");
        getContent().add(description, ownerKind, staffOwner, organizationOwner, dueDate);
    }

    void read(FollowUp followUp) {
        binder.readBean(followUp);
        staffOwner.clear();
        organizationOwner.clear();
        if (followUp.getOwnerOrganization() != null) {
            ownerKind.setValue(ORGANIZATION);
            organizationOwner.setValue(followUp.getOwnerOrganization());
        } else {
            ownerKind.setValue(STAFF);
            staff.find(followUp.getOwnerStaffId()).ifPresent(staffOwner::setValue);
        }
    }

    /** Writes the entries into {@code followUp}; false, with the problems on the fields, when they don't pass. */
    boolean writeTo(FollowUp followUp) {
        if (!binder.writeBeanIfValid(followUp)) {
            return false;
        }
        boolean byStaff = STAFF.equals(ownerKind.getValue());
        followUp.setOwnerStaffId(byStaff && staffOwner.getValue() != null ? staffOwner.getValue().id() : null);
        followUp.setOwnerOrganization(byStaff ? null : organizationOwner.getValue());
        return true;
    }

    /** Shows the service's refusal on the owner field in use, any other as an error. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("owner", STAFF.equals(ownerKind.getValue()) ? staffOwner
                : organizationOwner));
    }

    private void showOwnerField() {
        staffOwner.setVisible(STAFF.equals(ownerKind.getValue()));
        organizationOwner.setVisible(ORGANIZATION.equals(ownerKind.getValue()));
    }
}
