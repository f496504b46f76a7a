package org.groundwork.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The sign-in page. Spring Security handles the form post; failures come back as {@code ?error=<code>}, which
 * this page turns into a message that says what happened and what to do, without telling whether a username
 * exists.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Groundwork")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("gw-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Groundwork"), new Paragraph("Business retention and expansion, in one place."), login,
                new Paragraph("Forgot your password? Ask your administrator to reset it."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("error")
                .ifPresent(code -> showError(SignInError.fromCode(code)));
    }

    private void showError(SignInError error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle(error.title());
        i18n.getErrorMessage().setMessage(error.message());
        login.setI18n(i18n);
        login.setError(true);
    }
}
