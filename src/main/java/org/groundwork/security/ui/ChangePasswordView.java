package org.groundwork.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.Notifications;
import org.groundwork.security.AccountService;
import org.groundwork.security.AccountStatus;
import org.groundwork.security.PasswordPolicy;

/** Every user changes their own password here; users with a temporary password are sent here first. */
@Route("account/password")
@PageTitle("Change password")
@Menu(title = "Change password", order = 1000, icon = "vaadin:key")
@PermitAll
class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver {

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("New password again");
    final Button save = new Button("Change password");
    private final Paragraph notice = new Paragraph();
    private final BeanValidationBinder<PasswordChange> binder = new BeanValidationBinder<>(PasswordChange.class);
    private final transient AccountService accounts;
    private boolean temporary;

    ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        setMaxWidth("32rem");
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. A few unrelated words make a strong password that is easy to remember.");
        binder.forField(currentPassword).bind("currentPassword");
        binder.forField(newPassword).bind("newPassword");
        binder.forField(confirmation)
                .withValidator(value -> value != null && value.equals(newPassword.getValue()),
                        "The two new passwords don't match.")
                .bind("confirmation");
        binder.readBean(new PasswordChange());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER);
        notice.setVisible(false);
        currentPassword.setWidthFull();
        newPassword.setWidthFull();
        confirmation.setWidthFull();
        add(notice, currentPassword, newPassword, confirmation, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        temporary = accounts.status() == AccountStatus.MUST_CHANGE_PASSWORD;
        notice.setText("You are using a temporary password. Choose your own to continue.");
        notice.setVisible(temporary);
    }

    private void save() {
        PasswordChange change = new PasswordChange();
        try {
            binder.writeBean(change);
            accounts.changeOwnPassword(change.getCurrentPassword(), change.getNewPassword());
        } catch (ValidationException invalid) {
            return;
        } catch (RuleViolationException rule) {
            showOnField(rule);
            return;
        }
        Notifications.success("Your password has been changed.");
        binder.readBean(new PasswordChange());
        getUI().ifPresent(ui -> {
            if (temporary) {
                // The shell was built while the session had no roles: load the app again, with the full menu.
                ui.getPage().setLocation("./");
            } else {
                ui.navigate("");
            }
        });
    }

    private void showOnField(RuleViolationException rule) {
        PasswordField field = "currentPassword".equals(rule.getField()) ? currentPassword : newPassword;
        field.setErrorMessage(rule.getMessage());
        field.setInvalid(true);
    }
}
