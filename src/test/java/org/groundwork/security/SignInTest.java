package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditFilter;
import org.groundwork.base.AuditService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@GroundworkTest
class SignInTest {

    @Autowired
    DatabaseAuthenticationProvider provider;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdminService admin;
    @Autowired
    AuditService audit;

    private final String username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
    private final String madeUp = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theRightPasswordSignsInWithTheStoredRolesAndIsAudited() {
        accounts.ensure(username, Role.STAFF);
        Authentication result = provider.authenticate(attempt(username, TestAccounts.PASSWORD));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting("authority").containsExactly("ROLE_STAFF");
        assertThat(eventsFor(username, AuditAction.LOGIN_SUCCESS)).isEqualTo(1);
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        accounts.ensure(username, Role.STAFF);
        assertThat(provider.authenticate(attempt(username.toUpperCase(), TestAccounts.PASSWORD)).getName())
                .isEqualTo(username);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserFailTheSameWay() {
        accounts.ensure(username, Role.STAFF);
        assertThatThrownBy(() -> provider.authenticate(attempt(username, "not-the-password")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(attempt(madeUp, "not-the-password")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(eventsFor(username, AuditAction.LOGIN_FAILURE)).isEqualTo(1);
        assertThat(eventsFor(madeUp, AuditAction.LOGIN_FAILURE)).isEqualTo(1);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWithTheRightPassword() {
        UserAccount account = accounts.ensure(username, Role.STAFF);
        accounts.signIn("throttle-admin", Role.ADMIN);
        admin.setEnabled(account.getId(), account.getVersion(), false);
        assertThatThrownBy(() -> provider.authenticate(attempt(username, "wrong-guess-here")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(attempt(username, TestAccounts.PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void afterThreeFailuresEvenTheRightPasswordMustWaitForRealAndMadeUpNamesAlike() {
        accounts.ensure(username, Role.STAFF);
        for (String name : new String[] {username, madeUp}) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> provider.authenticate(attempt(name, "wrong-" + name)))
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> provider.authenticate(attempt(name, TestAccounts.PASSWORD)))
                    .isInstanceOfSatisfying(SignInRefusedException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.WAIT));
        }
    }

    private long eventsFor(String actor, AuditAction action) {
        accounts.signIn("audit-reader", Role.ADMIN);
        try {
            return audit.count(new AuditFilter(actor, action, null, null, null, null));
        } finally {
            accounts.signOut();
        }
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
