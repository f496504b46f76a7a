package org.groundwork.stakeholder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.stakeholder.PartnerContact;
import org.groundwork.stakeholder.PartnerOrganizationService;

/** The people at one partner organization: a list, and a small form to add or change one. */
class ContactsPanel extends VerticalLayout {

    final Grid<PartnerContact> grid = new Grid<>();
    final TextField name = new TextField("Name");
    final TextField title = new TextField("Title");
    final EmailField email = new EmailField("Email");
    final TextField phone = new TextField("Phone");
    final Button save = new Button("Add contact");
    private final BeanValidationBinder<PartnerContact> binder = new BeanValidationBinder<>(PartnerContact.class);
    private final transient PartnerOrganizationService organizations;
    private final Long organizationId;
    private transient PartnerContact editing;

    ContactsPanel(PartnerOrganizationService organizations, Long organizationId) {
        this.organizations = organizations;
        this.organizationId = organizationId;
        setPadding(false);
        grid.addColumn(PartnerContact::getName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(PartnerContact::getTitle).setHeader("Title");
        grid.addColumn(PartnerContact::getEmail).setHeader("Email");
        grid.addColumn(PartnerContact::getPhone).setHeader("Phone");
        grid.addComponentColumn(c -> {
            Button remove = new Button("Remove", e -> {
                organizations.deleteContact(c.getId());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        binder.bindInstanceFields(this);
        save.addClickListener(e -> save());
        HorizontalLayout form = new HorizontalLayout(name, title, email, phone, save);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(new H4("Contacts"), grid, form);
        edit(organizations.newContact(organizationId));
        refresh();
    }

    private void edit(PartnerContact contact) {
        editing = contact;
        binder.readBean(contact);
        save.setText(contact.isNew() ? "Add contact" : "Save contact");
    }

    private void save() {
        try {
            binder.writeBean(editing);
            organizations.saveContact(editing);
        } catch (ValidationException invalid) {
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Saved " + editing.getName() + ".");
        edit(organizations.newContact(organizationId));
        refresh();
    }

    private void refresh() {
        grid.setItems(organizations.contactsOf(organizationId));
    }
}
