package org.groundwork.issue.ui;

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
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.ActionItem;
import org.groundwork.issue.ActionStatus;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;

/** Adds or edits one action plan step: what, who owns it (a staff member or a partner), by when, and its status. */
class ActionItemDialog extends Dialog {

    static final String STAFF = "A staff member";
    static final String PARTNER = "A partner organization";

    final TextArea description = new TextArea("What needs doing");
    final RadioButtonGroup<String> ownerKind = new RadioButtonGroup<>("Owner");
    final ComboBox<StaffMember> staffOwner;
    final ComboBox<PartnerOrganization> partnerOwner;
    final DatePicker dueDate = new DatePicker("Due");
    final ComboBox<ActionStatus> status = new ComboBox<>("Status");
    final Button save = new Button("Save");
    private final BeanValidationBinder<ActionItem> binder = new BeanValidationBinder<>(ActionItem.class);

    ActionItemDialog(ActionItem item, IssueUiServices services, Runnable onSaved) {
        setHeaderTitle(item.isNew() ? "New action item" : "Edit action item");
        setWidth("min(100vw, 32rem)");
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
        services.staff().find(item.getOwnerStaffId()).ifPresent(staffOwner::setValue);
        if (item.getOwnerOrganizationId() != null) {
            services.partners().find(item.getOwnerOrganizationId()).ifPresent(partnerOwner::setValue);
        }
        ownerKind.setValue(item.getOwnerOrganizationId() != null ? PARTNER : STAFF);
        binder.bindInstanceFields(this);
        binder.readBean(item);
        FormLayout form = new FormLayout(description, ownerKind, staffOwner, partnerOwner, dueDate, status);
        form.setColspan(description, 2);
        form.setColspan(ownerKind, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                binder.writeBean(item);
                if (PARTNER.equals(ownerKind.getValue())) {
                    item.ownedByOrganization(partnerOwner.getValue() == null ? null : partnerOwner.getValue().getId());
                } else {
                    item.ownedByStaff(staffOwner.getValue() == null ? null : staffOwner.getValue().id());
                }
                services.actionPlans().save(item);
            } catch (ValidationException invalid) {
                return;
            } catch (RuleViolationException rule) {
                FieldErrors.show(rule, Map.of("owner", PARTNER.equals(ownerKind.getValue()) ? partnerOwner
                        : staffOwner));
                return;
            } catch (RuntimeException failure) {
                SaveFailures.show(failure);
                return;
            }
            Notifications.success("Saved the action item.");
            close();
            onSaved.run();
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
