package org.groundwork.security;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Test helper: sends one request through the app's real web security, with a browser session signed in as an
 * account, and tells what the app behind the filters saw of it (nothing, if the filters stopped it).
 */
@Component
public record SecuredRequests(@Qualifier("springSecurityFilterChain") Filter securityFilters,
        ServletContext servletContext) {

    /** A browser session signed in as the account, as the sign-in page leaves it. */
    public static MockHttpSession signedInSession(UserAccount account) {
        SignedInUser principal = new SignedInUser(account);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities())));
        return session;
    }

    public MockHttpServletRequest request(String method, String path, MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, method, path);
        request.setSession(session);
        return request;
    }

    /** What {@code atTheApp} read of the request where the app received it; empty if it never got there. */
    public <T> Optional<T> send(MockHttpServletRequest request, MockHttpServletResponse response,
            Function<HttpServletRequest, T> atTheApp) throws Exception {
        AtomicReference<T> seen = new AtomicReference<>();
        HttpServlet app = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                seen.set(atTheApp.apply(req));
            }
        };
        securityFilters.doFilter(request, response, new MockFilterChain(app));
        return Optional.ofNullable(seen.get());
    }
}
