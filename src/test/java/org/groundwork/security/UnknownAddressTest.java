package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Typing an address that is no page, signed in: the request reaches the app, whose router shows its own "not
 * found" page (RouteIdsTest), instead of the web security's bare 403 for any unmatched address. Signed out, it
 * still goes to the sign-in page.
 */
@GroundworkTest
class UnknownAddressTest {

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ServletContext servletContext;
    @Autowired
    PartnerOrganizationService organizations;

    @Test
    void signedInEveryRoleReachesTheAppForAnUnknownAddress() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (Role role : List.of(Role.ADMIN, Role.DIRECTOR, Role.STAFF)) {
            assertThat(reachesTheApp(session(accounts.ensure("lost-" + role.name().toLowerCase() + suffix, role))))
                    .as(role.name()).isTrue();
        }
        accounts.signIn("lost-org-admin-" + suffix, Role.ADMIN);
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName("Lost partners " + suffix);
        Long organizationId = organizations.save(organization).getId();
        accounts.signOut();
        assertThat(reachesTheApp(session(accounts.ensurePartner("lost-partner-" + suffix, organizationId))))
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
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/nosuchpage");
        request.setServletPath("/nosuchpage");
        request.setSession(session);
        AtomicBoolean reached = new AtomicBoolean();
        HttpServlet app = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                reached.set(true);
            }
        };
        securityFilters.doFilter(request, response, new MockFilterChain(app));
        return reached.get() && response.getStatus() == HttpServletResponse.SC_OK;
    }

    private static MockHttpSession session(UserAccount account) {
        SignedInUser principal = new SignedInUser(account);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities())));
        return session;
    }
}
