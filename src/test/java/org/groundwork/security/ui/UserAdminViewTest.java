package org.groundwork.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import java.util.Set;
import java.util.UUID;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.security.UserAdminService;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminViewTest extends ViewTestBase {

    @Autowired
    UserAdminService service;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private UserAdminView view;

    @BeforeEach
    void openAsAdmin() {
        signIn("useradmin-" + suffix, Role.ADMIN);
        view = navigate(UserAdminView.class);
    }

    @Test
    void anAdminCreatesAUserWhoThenAppearsInTheGrid() {
        UserEditor editor = openNewUser();
        fill(editor, "new-" + suffix, "lanterns-over-the-harbor");
        test(editor.save).click();

        assertThat(notifications()).contains("Saved Person new-" + suffix + ".");
        test(view.search).setValue("new-" + suffix);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Must choose a password");
    }

    @Test
    void aTakenUsernameIsMarkedOnItsFieldAndTheDialogKeepsTheInput() {
        accounts.ensure("taken-" + suffix, Role.STAFF);
        UserEditor editor = openNewUser();
        fill(editor, "taken-" + suffix, "lanterns-over-the-harbor");
        test(editor.save).click();

        assertThat(editor.form.username.isInvalid()).isTrue();
        assertThat(editor.form.username.getErrorMessage()).contains("is taken");
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.form.fullName.getValue()).isEqualTo("Person taken-" + suffix);
    }

    @Test
    void aWeakPasswordIsExplainedOnThePasswordField() {
        UserEditor editor = openNewUser();
        fill(editor, "weak-" + suffix, "password1234");
        test(editor.save).click();
        assertThat(editor.form.initialPassword.isInvalid()).isTrue();
        assertThat(editor.form.initialPassword.getErrorMessage()).contains("most common");
    }

    @Test
    void savingOverSomeoneElsesChangeIsRefusedWithAClearMessage() {
        UserAccount target = accounts.ensure("edited-" + suffix, Role.STAFF);
        test(view.search).setValue("edited-" + suffix);
        test(view.grid).clickRow(0);
        UserEditor editor = (UserEditor) $(Dialog.class).single();

        UserAccount theirs = service.get(target.getId());
        theirs.setFullName("Changed Elsewhere");
        service.update(theirs);

        test(editor.form.fullName).setValue("My Edit");
        test(editor.save).click();

        assertThat(notifications()).contains(SaveFailures.CONFLICT);
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.form.fullName.getValue()).isEqualTo("My Edit");
        assertThat(service.get(target.getId()).getFullName()).isEqualTo("Changed Elsewhere");
    }

    private UserEditor openNewUser() {
        test(view.newUser).click();
        return (UserEditor) $(Dialog.class).single();
    }

    private void fill(UserEditor editor, String username, String password) {
        test(editor.form.username).setValue(username);
        test(editor.form.fullName).setValue("Person " + username);
        test(editor.form.roles).selectItem(Role.STAFF.label());
        test(editor.form.initialPassword).setValue(password);
        assertThat(editor.form.roles.getValue()).isEqualTo(Set.of(Role.STAFF));
    }
}
