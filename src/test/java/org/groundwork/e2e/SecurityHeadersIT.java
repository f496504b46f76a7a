package org.groundwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.groundwork.testing.BrowserSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP: the app's pages carry the security headers and a locked-down session cookie, and behind a
 * reverse proxy (these runs trust one on this host) the audit trail records the client's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesCarryTheSecurityHeadersAndASameSiteHttpOnlyCookie() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void behindTheProxyTheCookieIsSecureWhenTheClientUsedHttps() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/login"))).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure"));
    }

    @Test
    void theAuditTrailRecordsTheForwardedClientAddressNotTheProxys() {
        String username = "proxied-" + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession browser = new BrowserSession()) {
            Page page = browser.newPage(1280, 800);
            page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.77"));
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill(username);
            page.locator("input[name='password']").fill("not-the-password");
            page.locator("input[name='password']").press("Enter");
            page.waitForURL("**/login?error*");
        }
        assertThat(jdbc.queryForList("select remote_address from audit_event where actor = ? and action = ?",
                String.class, username, "LOGIN_FAILURE")).containsExactly("203.0.113.77");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
