package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassphraseWithoutAnyCompositionRules() {
        assertThat(policy.problemWith("river stones and paper kites", "ana")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertRefused("Xq7!mP2#kL9", "ana", "at least 12 characters");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.problemWith("ñandú-pájaro", "ana")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "1qaz2wsx3edc", "Administrator", "password2024!!", "!!letmein12345"})
    void refusesCommonPasswordsAndCommonWordsPaddedWithDigits(String common) {
        assertRefused(common, "ana", "most common");
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertRefused("margaret-the-great-1", "margaret", "username");
    }

    @Test
    void refusesRepetitiveAndOverlongPasswords() {
        assertThat(policy.problemWith("abababababababab", "ana")).isPresent();
        assertRefused("a very long passphrase ".repeat(6), "ana", "at most");
    }

    /** The policy refuses the password for that username, saying why in words that contain {@code reason}. */
    private void assertRefused(String password, String username, String reason) {
        assertThat(policy.problemWith(password, username)).hasValueSatisfying(
                problem -> assertThat(problem).contains(reason));
    }
}
