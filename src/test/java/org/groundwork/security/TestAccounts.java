package org.groundwork.security;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
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
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;

    TestAccounts(UserAccountRepository users, PasswordEncoder encoder, TransactionTemplate transactions) {
        this.users = users;
        this.encoder = encoder;
        this.transactions = transactions;
    }

    /** The account named {@code username} with exactly these roles, enabled, with {@link #PASSWORD}. */
    public UserAccount ensure(String username, Role... roles) {
        return transactions.execute(status -> {
            UserAccount account = users.findByUsername(username).orElseGet(UserAccount::new);
            account.setUsername(username);
            account.setFullName("Test " + username);
            account.setRoles(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)));
            account.setEnabled(true);
            account.setMustChangePassword(false);
            account.setPasswordHash(encoder.encode(PASSWORD));
            return users.saveAndFlush(account);
        });
    }

    /** {@code count} staff accounts named {@code prefix} and a number from 0, as benchmarks spread work over. */
    public List<UserAccount> staff(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> ensure(prefix + i, Role.STAFF)).toList();
    }

    /** A Partner account of the given organization, enabled, with {@link #PASSWORD}. */
    public UserAccount ensurePartner(String username, Long organizationId) {
        return transactions.execute(status -> {
            UserAccount account = users.findByUsername(username).orElseGet(UserAccount::new);
            account.setUsername(username);
            account.setFullName("Partner " + username);
            account.setRoles(EnumSet.of(Role.STAKEHOLDER));
            account.setOrganizationId(organizationId);
            account.setEnabled(true);
            account.setMustChangePassword(false);
            account.setPasswordHash(encoder.encode(PASSWORD));
            return users.saveAndFlush(account);
        });
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
}
