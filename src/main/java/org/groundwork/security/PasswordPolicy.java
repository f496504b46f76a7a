package org.groundwork.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST-style password rules: long enough, not common, not guessable from the account; no composition rules.
 * A common password padded with digits or symbols ("password2024!") counts as common.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_LIST = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Returns what is wrong with the password, in words for the person choosing it, or empty if it is fine. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A short sentence is easy to remember.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("This password is one of the most common ones and easy to guess. Choose another.");
        }
        if (password.codePoints().distinct().count() < 4) {
            return Optional.of("This password repeats too few characters to be safe. Choose another.");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Don't use your username in your password.");
        }
        if (lower.contains("groundwork")) {
            return Optional.of("Don't use the name of this app in your password.");
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
        return !core.isEmpty() && common.contains(core);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_LIST).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_LIST, e);
        }
        return Set.copyOf(words);
    }
}
