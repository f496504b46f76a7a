package org.groundwork.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.security.UserAdminService;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.data.domain.PageRequest;

/**
 * Creates or edits one account in a dialog. The binder is buffered: the account changes only when the service
 * accepts the save, and on any refusal the dialog stays open with everything the admin typed.
 */
class UserEditor extends Dialog {

    final TextField username = new TextField("Username");
    final TextField fullName = new TextField("Name");
    final EmailField email = new EmailField("Email");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final ComboBox<PartnerOrganization> organization = new ComboBox<>("Partner organization");
    final PasswordField initialPassword = new PasswordField("Initial password");
    final Button save = new Button("Save");
    private final BeanValidationBinder<UserAccount> binder = new BeanValidationBinder<>(UserAccount.class);
    private final transient UserAdminService users;
    private final transient UserAccount account;
    private final transient Runnable onChange;

    UserEditor(UserAdminService users, PartnerOrganizationService organizations, UserAccount account,
               Runnable onChange) {
        this.users = users;
        this.account = account;
        this.onChange = onChange;
        setHeaderTitle(account.isNew() ? "New user" : account.getFullName());
        setWidth("min(100vw, 36rem)");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setHelperText("Staff, Director and Administrator see all business records; Partners see only "
                + "what is shared with their organization.");
        username.setHelperText("Lower-case letters, digits and . _ @ - ; used to sign in.");
        configureOrganization(organizations);
        binder.bindInstanceFields(this);
        binder.readBean(account);
        organization.setVisible(account.isPartner());
        roles.addValueChangeListener(e -> organization.setVisible(e.getValue().contains(Role.STAKEHOLDER)));
        FormLayout form = new FormLayout(username, fullName, email, roles, organization);
        if (account.isNew()) {
            initialPassword.setHelperText("The user must replace it when they first sign in.");
            Button suggest = new Button("Suggest one", e -> initialPassword.setValue(users.suggestPassword()));
            suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            initialPassword.setSuffixComponent(suggest);
            form.add(initialPassword);
        }
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()));
        if (!account.isNew()) {
            getFooter().add(accountActions());
        }
        getFooter().add(save);
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

    private Span accountActions() {
        Button toggle = new Button(account.isEnabled() ? "Disable" : "Enable", e -> toggleEnabled());
        toggle.addThemeVariants(account.isEnabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        Button reset = new Button("Reset password", e -> confirmReset());
        Button unlock = new Button("Unlock sign-in", e -> unlockSignIn());
        unlock.setTooltipText("Clears failed sign-ins, so a locked-out user can try again at once.");
        return new Span(toggle, reset, unlock);
    }

    private void unlockSignIn() {
        users.unlockSignIn(account.getId());
        Notifications.success(account.getFullName() + " can sign in again at once.");
    }

    private void save() {
        try {
            binder.writeBean(account);
            if (account.isNew()) {
                users.create(account, initialPassword.getValue());
            } else {
                users.update(account);
            }
        } catch (ValidationException invalid) {
            return;
        } catch (RuleViolationException rule) {
            showRuleViolation(rule);
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Saved " + account.getFullName() + ".");
        onChange.run();
        close();
    }

    private void showRuleViolation(RuleViolationException rule) {
        FieldErrors.show(rule, Map.of("username", username, "password", initialPassword, "roles", roles,
                "organization", organization));
    }

    private void toggleEnabled() {
        boolean enable = !account.isEnabled();
        try {
            users.setEnabled(account.getId(), account.getVersion(), enable);
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success(enable ? "Enabled " + account.getFullName() + "."
                : "Disabled " + account.getFullName() + ". Their open sessions have ended.");
        onChange.run();
        close();
    }

    private void confirmReset() {
        ConfirmDialog confirm = new ConfirmDialog("Reset password?", "A temporary password replaces "
                + account.getFullName() + "'s password and ends their open sessions.", "Reset", e -> reset());
        confirm.setCancelable(true);
        confirm.open();
    }

    private void reset() {
        String temporary;
        try {
            temporary = users.resetPassword(account.getId(), account.getVersion());
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        close();
        onChange.run();
        new TemporaryPasswordDialog(account.getFullName(), temporary).open();
    }
}
