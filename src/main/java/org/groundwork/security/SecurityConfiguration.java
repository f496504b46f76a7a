package org.groundwork.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditService;
import org.groundwork.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Web and method security. Vaadin's configurer secures the views; method security secures every service, which
 * is the real boundary (DESIGN.md, "one access filter").
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({LoginProperties.class, BootstrapProperties.class})
class SecurityConfiguration {

    /**
     * Everything from this origin only, nothing may frame the app. Vaadin's client engine evaluates the
     * JavaScript the server sends and its components set inline styles, hence the two 'unsafe-' sources (Vaadin's
     * documented policy); everything else stays closed: no plugins, no foreign base URL or form targets.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, AuditService audit,
                                            SessionFreshness freshness) throws Exception {
        // An address that is no page must reach Vaadin's router, which shows the app's "not found" page to a
        // signed-in user; the configurer's default refuses it with a bare 403. Every other path is Vaadin's too
        // (the app has no other servlet or controller) and each route keeps its own access check.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .anyRequest(AuthorizedUrl::authenticated)
                .loginView(LoginView.class)
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null) {
                        audit.recordFor(authentication.getName(), AuditAction.LOGOUT, null);
                    }
                }));
        // Set before Vaadin's configurer runs, so its default "?error" failure URL does not replace it.
        http.formLogin(form -> form.failureHandler(failureHandler()));
        // A session ended on this node (its user disabled here) goes on as an anonymous request, as one ended on
        // another node does (SessionFreshnessFilter): the sign-in page, not Spring's plain-text "session expired".
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(expired -> expired.getFilterChain()
                        .doFilter(expired.getRequest(), expired.getResponse())));
        http.addFilterBefore(new SessionFreshnessFilter(freshness), AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers
                // Written at the start of each request: Vaadin's pages (the login page among them) are complete
                // before the lazy header writer would see them committed, and went out with no headers at all.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Health, readiness and metrics on the management port, which listens on the loopback address only
     * ({@code management.server.address}): what reaches it is the load balancer or monitoring agent on the machine,
     * not a user, so it needs no sign-in and keeps no session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Sends the login page a code for what went wrong, so it can say it in plain words. */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String code = switch (exception) {
                case SignInRefusedException refused -> refused.reason().name().toLowerCase();
                case DisabledException disabled -> "disabled";
                default -> "bad";
            };
            new SimpleUrlAuthenticationFailureHandler("/login?error=" + code)
                    .onAuthenticationFailure(request, response, exception);
        };
    }

    /** Argon2id for new hashes; bcrypt is still readable so accounts could be imported from elsewhere. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(12)));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not keep dead ones forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
