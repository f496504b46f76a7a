package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;

/**
 * Creates or edits a follow-up: what, who owns it (a staff member or a partner organization) and when it's due.
 * The binder is buffered, so a refused save leaves the dialog open with everything typed.
 */
class FollowUpDialog extends Dialog {

    static final String STAFF = "A staff member";
    static final String ORGANIZATION = "A partner organization";

    final TextArea description = new TextArea("What needs doing");
    final RadioButtonGroup<String> ownerKind = new RadioButtonGroup<>("Owner");
    final ComboBox<StaffMember> staffOwner;
    final ComboBox<PartnerOrganization> organizationOwner;
    final DatePicker dueDate = new DatePicker("Due");
    final Button save = new Button("Save follow-up");
    private final BeanValidationBinder<FollowUp> binder = new BeanValidationBinder<>(FollowUp.class);
    private final transient FollowUpService followUps;
    private final transient FollowUp followUp;
    private final transient Runnable onSaved;

    FollowUpDialog(FollowUpService followUps, StaffDirectory staff, PartnerOrganizationService organizations,
                   FollowUp followUp, Runnable onSaved) {
        this.followUps = followUps;
        this.followUp = followUp;
        this.onSaved = onSaved;
        setHeaderTitle((followUp.isNew() ? "New follow-up for " : "Follow-up for ")
                + followUp.getBusiness().getDisplayName());
        setWidth("min(100vw, 34rem)");
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
        binder.readBean(followUp);
        if (followUp.getOwnerOrganization() != null) {
            ownerKind.setValue(ORGANIZATION);
            organizationOwner.setValue(followUp.getOwnerOrganization());
        } else {
            ownerKind.setValue(STAFF);
            staff.find(followUp.getOwnerStaffId()).ifPresent(staffOwner::setValue);
        }
        add(new FormLayout(description, ownerKind, staffOwner, organizationOwner, dueDate));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void showOwnerField() {
        staffOwner.setVisible(STAFF.equals(ownerKind.getValue()));
        organizationOwner.setVisible(ORGANIZATION.equals(ownerKind.getValue()));
    }

    private void save() {
        try {
            binder.writeBean(followUp);
            boolean byStaff = STAFF.equals(ownerKind.getValue());
            followUp.setOwnerStaffId(byStaff && staffOwner.getValue() != null ? staffOwner.getValue().id() : null);
            followUp.setOwnerOrganization(byStaff ? null : organizationOwner.getValue());
            if (followUp.isNew()) {
                followUps.create(followUp);
            } else {
                followUps.update(followUp);
            }
        } catch (ValidationException invalid) {
            return;
        } catch (RuleViolationException rule) {
            showOnField(rule);
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Follow-up saved.");
        onSaved.run();
        close();
    }

    private void showOnField(RuleViolationException rule) {
        HasValidation field = "owner".equals(rule.getField())
                ? (STAFF.equals(ownerKind.getValue()) ? staffOwner : organizationOwner) : null;
        if (field == null) {
            Notifications.error(rule.getMessage());
        } else {
            field.setErrorMessage(rule.getMessage());
            field.setInvalid(true);
        }
    }
}
