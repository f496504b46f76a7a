package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.groundwork.base.Formats;
import org.groundwork.business.Business;
import org.groundwork.business.Contact;
import org.groundwork.business.ContactService;

/** The people at the business, the primary contact first; a click opens one for editing. */
class ContactsPanel extends VerticalLayout {

    final Grid<Contact> grid = new Grid<>();
    final Button add = new Button("Add contact", VaadinIcon.PLUS.create());
    private final transient ContactService contacts;
    private final transient Business business;

    ContactsPanel(Business business, ContactService contacts) {
        this.business = business;
        this.contacts = contacts;
        setPadding(false);
        grid.addColumn(Contact::getFullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(c -> orDash(c.getTitle())).setHeader("Title");
        grid.addColumn(c -> orDash(c.getEmail())).setHeader("Email");
        grid.addColumn(c -> orDash(c.getPhone())).setHeader("Phone");
        grid.addColumn(c -> c.isPrimary() ? "Primary" : "").setHeader("");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No contacts yet.");
        grid.addItemClickListener(e -> new ContactEditor(contacts, e.getItem(), this::refresh).open());
        add.addClickListener(e -> new ContactEditor(contacts, new Contact(business), this::refresh).open());
        add(add, grid);
        refresh();
    }

    /** A business has a handful of contacts, so they are listed whole. */
    void refresh() {
        grid.setItems(contacts.contactsOf(business.getId()));
    }

    private static String orDash(String value) {
        return value == null ? Formats.EMPTY : value;
    }
}
