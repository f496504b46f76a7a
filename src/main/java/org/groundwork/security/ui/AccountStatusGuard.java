package org.groundwork.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import lombok.RequiredArgsConstructor;
import org.groundwork.security.AccountService;
import org.groundwork.security.AccountStatus;
import org.springframework.stereotype.Component;

/**
 * Before every navigation: a user with a temporary password goes to the change-password page first, and a user
 * disabled on another app node (where the session registry cannot reach) is signed out.
 */
@Component
@RequiredArgsConstructor
class AccountStatusGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (!authentication.isAuthenticated() || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        AccountStatus status = accounts.status();
        if (status == AccountStatus.DISABLED) {
            authentication.logout();
        } else if (status == AccountStatus.MUST_CHANGE_PASSWORD
                && event.getNavigationTarget() != ChangePasswordView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
