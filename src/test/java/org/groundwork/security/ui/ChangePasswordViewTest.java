package org.groundwork.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.groundwork.dashboard.ui.DashboardView;
import org.groundwork.security.AccountService;
import org.groundwork.security.AccountStatus;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.security.UserAdminService;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangePasswordViewTest extends ViewTestBase {

    @Autowired
    UserAdminService admin;
    @Autowired
    AccountService accountService;

    private final String username = "changer-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aWrongCurrentPasswordIsMarkedOnItsField() {
        signIn(username, Role.STAFF);
        ChangePasswordView view = navigate(ChangePasswordView.class);
        fill(view, "not-my-password", "quiet orchards in june", "quiet orchards in june");
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("That isn't your current password.");
    }

    @Test
    void mismatchedNewPasswordsAreCaughtBeforeAnythingIsSaved() {
        signIn(username, Role.STAFF);
        ChangePasswordView view = navigate(ChangePasswordView.class);
        fill(view, TestAccounts.PASSWORD, "quiet orchards in june", "quiet orchards in july");
        assertThat(view.confirmation.isInvalid()).isTrue();
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("The two new passwords don't match.");
    }

    @Test
    void aUserWithATemporaryPasswordIsSentHereFirstAndThenGetsTheirRoles() {
        UserAccount account = accounts.ensure(username, Role.STAFF);
        accounts.signIn("pw-admin-" + username, Role.ADMIN);
        String temporary = admin.resetPassword(account.getId(), account.getVersion());
        signIn(admin.get(account.getId()));

        ChangePasswordView view = navigate("", ChangePasswordView.class);
        assertThat(navigate("businesses", ChangePasswordView.class)).isNotNull();
        fill(view, temporary, "quiet orchards in june", "quiet orchards in june");

        assertThat(notifications()).contains("Your password has been changed.");
        assertThat(accountService.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(navigate("", DashboardView.class)).isNotNull();
    }

    @Test
    void anOrdinaryChangeGoesOnToTheDashboard() {
        signIn(username, Role.STAFF);
        ChangePasswordView view = navigate(ChangePasswordView.class);
        fill(view, TestAccounts.PASSWORD, "quiet orchards in june", "quiet orchards in june");

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(notifications()).contains("Your password has been changed.");
    }

    private void fill(ChangePasswordView view, String current, String next, String again) {
        test(view.currentPassword).setValue(current);
        test(view.newPassword).setValue(next);
        test(view.confirmation).setValue(again);
        test(view.save).click();
    }
}
