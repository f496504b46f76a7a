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
        assertThat(policy.problemWith("Xq7!mP2#kL9", "ana")).hasValueSatisfying(
                problem -> assertThat(problem).contains("at least 12 characters"));
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.problemWith("ñandú-pájaro", "ana")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "1qaz2wsx3edc", "Administrator", "password2024!!", "!!letmein12345"})
    void refusesCommonPasswordsAndCommonWordsPaddedWithDigits(String common) {
        assertThat(policy.problemWith(common, "ana")).hasValueSatisfying(
                problem -> assertThat(problem).contains("most common"));
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertThat(policy.problemWith("margaret-the-great-1", "margaret")).hasValueSatisfying(
                problem -> assertThat(problem).contains("username"));
    }

    @Test
    void refusesRepetitiveAndOverlongPasswords() {
        assertThat(policy.problemWith("abababababababab", "ana")).isPresent();
        assertThat(policy.problemWith("a very long passphrase ".repeat(6), "ana")).hasValueSatisfying(
                problem -> assertThat(problem).contains("at most"));
    }
}
