package org.groundwork.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.groundwork.dashboard.ui.DashboardView;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginViewTest extends ViewTestBase {

    @Test
    void anonymousVisitorsOfAProtectedPageAreSentToSignIn() {
        navigate("admin/users", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "bad, Incorrect username or password",
            "wait, Too many failed attempts",
            "locked, Sign-in is locked for now",
            "disabled, This account is disabled",
            "anything-else, Incorrect username or password"})
    void eachFailureIsExplainedInPlainWords(String code, String title) {
        UI.getCurrent().navigate("login", QueryParameters.of("error", code));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("\"title\":\"" + title + "\"");
    }

    @Test
    void aSignedInUserOpeningTheLoginPageGoesToTheDashboard() {
        signIn("login-visitor", Role.STAFF);
        assertThat(navigate("login", DashboardView.class)).isInstanceOf(DashboardView.class);
    }
}
