package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Contact;
import org.groundwork.business.ContactService;

/** Adds or edits one contact in a dialog; a buffered binder, so a refused save leaves the contact untouched. */
class ContactEditor extends Dialog {

    final TextField fullName = new TextField("Name");
    final TextField title = new TextField("Job title");
    final TextField email = new TextField("Email");
    final TextField phone = new TextField("Phone");
    final Checkbox primary = new Checkbox("Primary contact");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    private final BeanValidationBinder<Contact> binder = new BeanValidationBinder<>(Contact.class);
    private final transient ContactService contacts;
    private final transient Contact contact;
    private final transient Runnable onChange;

    ContactEditor(ContactService contacts, Contact contact, Runnable onChange) {
        this.contacts = contacts;
        this.contact = contact;
        this.onChange = onChange;
        setHeaderTitle(contact.isNew() ? "New contact" : contact.getFullName());
        setWidth("min(100vw, 32rem)");
        primary.setHelperText("Each business has one primary contact; choosing this one replaces the other.");
        // Empty means "no phone": bean validation must see null, not an empty string that fails the pattern.
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.bindInstanceFields(this);
        binder.readBean(contact);
        add(new FormLayout(fullName, title, email, phone, primary));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        delete.setVisible(!contact.isNew());
        getFooter().add(delete, new Button("Cancel", e -> close()), save);
    }

    private void save() {
        if (!binder.writeBeanIfValid(contact)) {
            return;
        }
        try {
            contacts.save(contact);
        } catch (RuleViolationException rule) {
            FieldErrors.show(rule, Map.of("primary", primary));
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Saved " + contact.getFullName() + ".");
        onChange.run();
        close();
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + contact.getFullName() + "?",
                "The contact is removed from this business.", "Delete", e -> {
                    contacts.delete(contact.getId());
                    onChange.run();
                    close();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
