package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundwork.security.SecuredRequests.signedInSession;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * Typing an address that is no page, signed in: the request reaches the app, whose router shows its own "not
 * found" page (RouteIdsTest), instead of the web security's bare 403 for any unmatched address. Signed out, it
 * still goes to the sign-in page.
 */
@GroundworkTest
class UnknownAddressTest {

    @Autowired
    SecuredRequests requests;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestOrganizations organizations;

    @Test
    void signedInEveryRoleReachesTheAppForAnUnknownAddress() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (Role role : List.of(Role.ADMIN, Role.DIRECTOR, Role.STAFF)) {
            UserAccount account = accounts.ensure("lost-" + role.name().toLowerCase() + suffix, role);
            assertThat(reachesTheApp(signedInSession(account))).as(role.name()).isTrue();
        }
        accounts.signIn("lost-org-admin-" + suffix, Role.ADMIN);
        Long organizationId = organizations.named("Lost partners " + suffix).getId();
        accounts.signOut();
        assertThat(reachesTheApp(signedInSession(accounts.ensurePartner("lost-partner-" + suffix, organizationId))))
                .as("partner").isTrue();
    }

    @Test
    void signedOutAnUnknownAddressStillAsksToSignIn() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(send(new MockHttpSession(), response)).isFalse();
        assertThat(response.getRedirectedUrl()).contains("/login");
    }

    private boolean reachesTheApp(MockHttpSession session) throws Exception {
        return send(session, new MockHttpServletResponse());
    }

    private boolean send(MockHttpSession session, MockHttpServletResponse response) throws Exception {
        MockHttpServletRequest request = requests.request("GET", "/nosuchpage", session);
        request.setServletPath("/nosuchpage");
        boolean reached = requests.send(request, response, app -> true).isPresent();
        return reached && response.getStatus() == HttpServletResponse.SC_OK;
    }
}
