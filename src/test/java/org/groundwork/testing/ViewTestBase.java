package org.groundwork.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless view tests: the real views, services and security in one JVM, no browser. */
@GroundworkTest
@ViewPackages(packages = "org.groundwork")
public abstract class ViewTestBase extends SpringBrowserlessTest {

    @Autowired
    protected TestAccounts accounts;

    /**
     * Signs the user in and starts a fresh browser session for them: the mock request takes its principal from
     * the security context when it is created, as a real request does when it arrives.
     */
    protected UserAccount signIn(String username, Role... roles) {
        return signIn(accounts.ensure(username, roles));
    }

    protected UserAccount signIn(UserAccount account) {
        accounts.signIn(account);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        return account;
    }

    /** The texts of every notification now open. */
    protected List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
