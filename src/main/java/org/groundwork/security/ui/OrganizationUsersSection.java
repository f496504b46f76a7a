package org.groundwork.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumSet;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ui.ActionGrid;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.security.UserAdminService;
import org.groundwork.stakeholder.OrganizationSection;
import org.groundwork.stakeholder.PartnerContact;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;

/**
 * The "Users" section of an organization's page: its partner accounts, and for an administrator a one-step way to
 * turn one of its contacts into a user (the new-user form opens filled in with the contact's name and email).
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class OrganizationUsersSection implements OrganizationSection {

    private final UserAdminService users;
    private final PartnerOrganizationService organizations;
    private final CurrentUser currentUser;

    @Override
    public String title() {
        return "Users";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(PartnerOrganization organization) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        if (!currentUser.hasRole(Role.ADMIN)) {
            section.add(new Paragraph("Administrators manage who at " + organization.getName() + " can sign in."));
            return section;
        }
        Grid<UserAccount> accounts = new Grid<>();
        accounts.addColumn(UserAccount::getFullName).setHeader("Name");
        accounts.addColumn(UserAccount::getUsername).setHeader("Username");
        accounts.addColumn(UserAdminView::status).setHeader("Status");
        accounts.setAllRowsVisible(true);
        Runnable refresh = () -> accounts.setItems(users.usersOf(organization.getId()));
        refresh.run();
        Grid<PartnerContact> contacts = new Grid<>();
        contacts.addColumn(PartnerContact::getName).setHeader("Contact");
        contacts.addColumn(PartnerContact::getEmail).setHeader("Email");
        contacts.addComponentColumn(contact -> makeUserButton(organization, contact, refresh));
        contacts.setAllRowsVisible(true);
        contacts.setItems(organizations.contactsOf(organization.getId()));
        section.add(accounts, new Paragraph("Give a contact a sign-in:"), contacts);
        return section;
    }

    private Button makeUserButton(PartnerOrganization organization, PartnerContact contact, Runnable refresh) {
        return ActionGrid.small("Make user", () -> new UserEditor(users, organizations,
                fromContact(organization, contact), refresh).open());
    }

    static UserAccount fromContact(PartnerOrganization organization, PartnerContact contact) {
        UserAccount account = new UserAccount();
        account.setFullName(contact.getName());
        account.setEmail(contact.getEmail());
        account.setUsername(contact.getEmail() != null ? contact.getEmail()
                : contact.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "."));
        account.setRoles(EnumSet.of(Role.STAKEHOLDER));
        account.setOrganizationId(organization.getId());
        return account;
    }
}
