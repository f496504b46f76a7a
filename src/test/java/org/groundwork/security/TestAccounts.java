package org.groundwork.security;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test helper: real accounts in the database and a signed-in security context for them, so tests exercise the
 * same method security and account checks as the running app.
 */
@Component
@RequiredArgsConstructor
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;

    /** The account named {@code username} with exactly these roles, enabled, with {@link #PASSWORD}. */
    public UserAccount ensure(String username, Role... roles) {
        return ensure(username, "Test " + username,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)), null);
    }

    /** {@code count} staff accounts named {@code prefix} and a number from 0, as benchmarks spread work over. */
    public List<UserAccount> staff(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> ensure(prefix + i, Role.STAFF)).toList();
    }

    /** A Partner account of the given organization, enabled, with {@link #PASSWORD}. */
    public UserAccount ensurePartner(String username, Long organizationId) {
        return ensure(username, "Partner " + username, EnumSet.of(Role.STAKEHOLDER), organizationId);
    }

    /** Ensures the account and makes it the signed-in user of the current thread. */
    public UserAccount signIn(String username, Role... roles) {
        return signIn(ensure(username, roles));
    }

    /** Makes an existing account, as it is, the signed-in user of the current thread. */
    public UserAccount signIn(UserAccount account) {
        SignedInUser principal = new SignedInUser(account);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return account;
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Creates or resets the account: these roles, enabled, {@link #PASSWORD}; its organization set when given. */
    private UserAccount ensure(String username, String fullName, EnumSet<Role> roles, Long organizationId) {
        return transactions.execute(status -> {
            UserAccount account = users.findByUsername(username).orElseGet(UserAccount::new);
            account.setUsername(username);
            account.setFullName(fullName);
            account.setRoles(roles);
            if (organizationId != null) {
                account.setOrganizationId(organizationId);
            }
            account.setEnabled(true);
            account.setMustChangePassword(false);
            account.setPasswordHash(encoder.encode(PASSWORD));
            return users.saveAndFlush(account);
        });
    }
}
