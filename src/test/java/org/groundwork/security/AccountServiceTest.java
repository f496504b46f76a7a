package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@GroundworkTest
class AccountServiceTest {

    @Autowired
    AccountService service;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DatabaseAuthenticationProvider provider;

    private final String username = "self-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signIn() {
        accounts.signIn(username, Role.STAFF);
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOne() {
        assertThatThrownBy(() -> service.changeOwnPassword("not-it-at-all", "paper boats on the canal"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getField()).isEqualTo("currentPassword"));
    }

    @Test
    void theNewPasswordMustPassThePolicy() {
        assertThatThrownBy(() -> service.changeOwnPassword(TestAccounts.PASSWORD, "password1234"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getField()).isEqualTo("newPassword"));
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndClearsTheMustChangeFlag() {
        service.changeOwnPassword(TestAccounts.PASSWORD, "paper boats on the canal");
        assertThat(service.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                "paper boats on the canal")).isAuthenticated()).isTrue();
    }

    @Test
    void nobodySignedInCannotChangeAnything() {
        accounts.signOut();
        assertThatThrownBy(() -> service.changeOwnPassword("a", "b"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
