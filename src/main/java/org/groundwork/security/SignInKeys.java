package org.groundwork.security;

import java.util.Locale;

/** Bounded, normalized parts of throttling keys: attackers choose the username and nothing may overflow. */
final class SignInKeys {

    private static final int MAX_USERNAME = 50;
    private static final int MAX_ADDRESS = 64;

    private SignInKeys() {
    }

    /** Longer names can't be accounts (see UserAccount), so cutting them off merges only made-up names. */
    static String username(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return normalized.length() <= MAX_USERNAME ? normalized : normalized.substring(0, MAX_USERNAME);
    }

    static String address(String address) {
        String value = address == null || address.isBlank() ? "unknown" : address.trim();
        return value.length() <= MAX_ADDRESS ? value : value.substring(0, MAX_ADDRESS);
    }
}
