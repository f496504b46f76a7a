package org.groundwork.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.security.UserAccount;
import org.groundwork.security.UserAdminService;
import org.groundwork.stakeholder.PartnerOrganizationService;

/**
 * Creates or edits one account in a dialog. The binder is buffered: the account changes only when the service
 * accepts the save, and on any refusal the dialog stays open with everything the admin typed.
 */
class UserEditor extends FormDialog {

    final UserForm form;
    final Button save = new Button("Save");
    private final transient UserAdminService users;
    private final transient UserAccount account;
    private final transient Runnable onChange;

    UserEditor(UserAdminService users, PartnerOrganizationService organizations, UserAccount account,
               Runnable onChange) {
        super(account.isNew() ? "New user" : account.getFullName(), "36rem");
        this.users = users;
        this.account = account;
        this.onChange = onChange;
        form = new UserForm(users, organizations, account.isNew());
        form.read(account);
        add(form);
        save.addClickListener(e -> save());
        if (!account.isNew()) {
            getFooter().add(accountActions());
        }
        confirmWith(save);
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
        if (form.writeTo(account)) {
            saveAndClose(() -> account.isNew() ? users.create(account, form.initialPassword.getValue())
                    : users.update(account), form::show, saved -> "Saved " + account.getFullName() + ".",
                    saved -> onChange.run());
        }
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
