package org.groundwork.security;

import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may do with their own account, also while it still has a temporary password. */
@Service
@PreAuthorize(Roles.HAS_SESSION)
@Transactional
@RequiredArgsConstructor
public class AccountService {

    private final UserAccountRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = self();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolationException("currentPassword", "That isn't your current password.");
        }
        if (currentPassword.equals(newPassword)) {
            throw new RuleViolationException("newPassword", "Choose a password different from the current one.");
        }
        policy.problemWith(newPassword, account.getUsername())
                .ifPresent(problem -> { throw new RuleViolationException("newPassword", problem); });
        account.setPasswordHash(encoder.encode(newPassword));
        account.setMustChangePassword(false);
        SignedInUser renewed = new SignedInUser(users.saveAndFlush(account));
        // The rest of this request (the page it goes on to) runs with the account's roles; the next request's
        // freshness check stores the renewed principal in the session.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null,
                renewed.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @Transactional(readOnly = true)
    public AccountStatus status() {
        return users.findByUsername(currentUser.requireUsername())
                .map(account -> !account.isEnabled() ? AccountStatus.DISABLED
                        : account.isMustChangePassword() ? AccountStatus.MUST_CHANGE_PASSWORD : AccountStatus.ACTIVE)
                .orElse(AccountStatus.DISABLED);
    }

    private UserAccount self() {
        return users.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new RuleViolationException("Your account no longer exists."));
    }
}
