package org.groundwork.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.security.UserAdminService;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.data.domain.PageRequest;

/** One account's name, contact, roles and organization (and, for a new one, its first password); buffered. */
class UserForm extends Composite<FormLayout> {

    final TextField username = new TextField("Username");
    final TextField fullName = new TextField("Name");
    final EmailField email = new EmailField("Email");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final ComboBox<PartnerOrganization> organization = new ComboBox<>("Partner organization");
    final PasswordField initialPassword = new PasswordField("Initial password");
    private final BeanValidationBinder<UserAccount> binder = new BeanValidationBinder<>(UserAccount.class);

    /** With {@code newAccount} the form asks for the initial password and offers to suggest one. */
    UserForm(UserAdminService users, PartnerOrganizationService organizations, boolean newAccount) {
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setHelperText("Staff, Director and Administrator see all business records; Partners see only "
                + "what is shared with their organization.");
        username.setHelperText("Lower-case letters, digits and . _ @ - ; used to sign in.");
        configureOrganization(organizations);
        binder.bindInstanceFields(this);
        roles.addValueChangeListener(e -> organization.setVisible(e.getValue().contains(Role.STAKEHOLDER)));
        FormLayout form = getContent();
        form.add(username, fullName, email, roles, organization);
        if (newAccount) {
            initialPassword.setHelperText("The user must replace it when they first sign in.");
            Button suggest = new Button("Suggest one", e -> initialPassword.setValue(users.suggestPassword()));
            suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            initialPassword.setSuffixComponent(suggest);
            form.add(initialPassword);
        }
    }

    /** Active organizations, looked up page by page as the admin types; stored on the account as an id. */
    private void configureOrganization(PartnerOrganizationService organizations) {
        organization.setItemLabelGenerator(PartnerOrganization::getName);
        organization.setItems(query -> organizations.search(query.getFilter().orElse(""), false,
                PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) organizations.count(query.getFilter().orElse(""), false));
        organization.setHelperText("A Partner sees only what is shared with this organization.");
        binder.forField(organization).bind(
                a -> a.getOrganizationId() == null ? null : organizations.find(a.getOrganizationId()).orElse(null),
                (a, o) -> a.setOrganizationId(o == null || !roles.getValue().contains(Role.STAKEHOLDER) ? null
                        : o.getId()));
    }

    void read(UserAccount account) {
        binder.readBean(account);
        organization.setVisible(account.isPartner());
    }

    /** Writes the entries into {@code account}; false, with the problems on the fields, when they don't pass. */
    boolean writeTo(UserAccount account) {
        return binder.writeBeanIfValid(account);
    }

    /** Shows the service's refusal on the field it concerns. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("username", username, "password", initialPassword, "roles", roles,
                "organization", organization));
    }
}
