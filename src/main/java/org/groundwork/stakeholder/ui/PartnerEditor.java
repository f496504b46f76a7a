package org.groundwork.stakeholder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.stakeholder.OrganizationSection;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;

/**
 * Creates or edits a partner organization and its contacts; retires, reinstates or deletes it. Deleting one that
 * other records still name is refused with the reason, and the person is pointed to retiring it instead.
 */
class PartnerEditor extends FormDialog {

    final PartnerForm form = new PartnerForm();
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    private final transient PartnerOrganizationService organizations;
    private final transient PartnerOrganization organization;
    private final transient Runnable onChange;

    PartnerEditor(PartnerOrganizationService organizations, PartnerOrganization organization,
                  List<OrganizationSection> contributed, Runnable onChange) {
        super(organization.isNew() ? "New partner organization" : organization.getName(), "44rem");
        this.organizations = organizations;
        this.organization = organization;
        this.onChange = onChange;
        form.read(organization);
        add(form);
        if (!organization.isNew()) {
            add(sections(organizations, organization, contributed));
        }
        save.addClickListener(e -> save());
        if (!organization.isNew()) {
            Button retire = new Button(organization.isRetired() ? "Reinstate" : "Retire", e -> toggleRetired());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> confirmDelete());
            getFooter().add(new Span(retire, delete));
        }
        confirmWith(save);
    }

    /** Contacts first, then what other features contribute (its users, what is shared with it). */
    private static TabSheet sections(PartnerOrganizationService organizations, PartnerOrganization organization,
                                     List<OrganizationSection> contributed) {
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Contacts", new ContactsPanel(organizations, organization.getId()));
        contributed.forEach(section -> tabs.add(section.title(), section.create(organization)));
        return tabs;
    }

    private void save() {
        if (form.writeTo(organization)) {
            saveAndClose(() -> organizations.save(organization), form::show,
                    saved -> "Saved " + organization.getName() + ".", saved -> onChange.run());
        }
    }

    private void toggleRetired() {
        if (organization.isRetired()) {
            organizations.reinstate(organization.getId());
            Notifications.success("Reinstated " + organization.getName() + ".");
        } else {
            organizations.retire(organization.getId());
            Notifications.success("Retired " + organization.getName() + ": it no longer appears in pickers.");
        }
        onChange.run();
        close();
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + organization.getName() + "?",
                "This removes the organization and its contacts for good.", "Delete", e -> delete());
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void delete() {
        try {
            organizations.delete(organization.getId());
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Deleted " + organization.getName() + ".");
        onChange.run();
        close();
    }
}
