package org.groundwork.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Signs users in against the database. The order of checks is deliberate: throttling first (so a locked name
 * costs nothing; the client address comes from the request, which behind a proxy is the forwarded one), then the password, hashed even for unknown names so timing reveals nothing, and only with the
 * right password is a disabled account told it is disabled.
 */
@Component
class DatabaseAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final Clock clock;
    /** Hashed once the application is ready, off the start path: one Argon2 hash costs about half a second. */
    private final Supplier<String> decoyHash;

    DatabaseAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder, LoginThrottle throttle,
                                   AuditService audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = SingletonSupplier.of(() -> encoder.encode(UUID.randomUUID().toString()));
    }

    /** Before any sign-in can be timed, so the first unknown name costs no more than any other. */
    @EventListener(ApplicationReadyEvent.class)
    void hashDecoy() {
        decoyHash.get();
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().trim().toLowerCase(Locale.ROOT);
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        refuseIfThrottled(username, address);

        Optional<UserAccount> account = users.findByUsername(username);
        boolean passwordMatches = encoder.matches(password, account.map(UserAccount::getPasswordHash)
                .orElseGet(decoyHash));
        if (account.isEmpty() || !passwordMatches) {
            audit.recordFor(username, AuditAction.LOGIN_FAILURE, "wrong username or password");
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.get().isEnabled()) {
            audit.recordFor(username, AuditAction.LOGIN_FAILURE, "account disabled");
            throw new DisabledException("Account disabled");
        }
        throttle.succeeded(username, address);
        users.recordLogin(username, clock.instant());
        audit.recordFor(username, AuditAction.LOGIN_SUCCESS, null);
        SignedInUser principal = new SignedInUser(account.get());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private void refuseIfThrottled(String username, String address) {
        switch (throttle.admit(username, address)) {
            case LoginThrottle.Locked locked -> {
                audit.recordFor(username, AuditAction.LOGIN_FAILURE, "refused: locked after repeated failures");
                throw new SignInRefusedException(SignInRefusedException.Reason.LOCKED, "Locked");
            }
            case LoginThrottle.Wait wait -> {
                audit.recordFor(username, AuditAction.LOGIN_FAILURE, "refused: too soon after a failure");
                throw new SignInRefusedException(SignInRefusedException.Reason.WAIT, "Wait");
            }
            case LoginThrottle.Allowed allowed -> {
                // go on and check the password; the attempt counts as a failure until it proves right
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
