package org.groundwork.security.ui;

import lombok.RequiredArgsConstructor;

/** The sign-in failures the login page can explain; the same words for real and made-up usernames. */
@RequiredArgsConstructor
enum SignInError {
    BAD("Incorrect username or password",
            "Check both and try again. After several failed attempts you will have to wait before trying again."),
    WAIT("Too many failed attempts",
            "Wait a few seconds before trying again. Each further failed attempt makes the wait longer."),
    LOCKED("Sign-in is locked for now",
            "There were too many failed attempts. Try again later, or ask your administrator for help."),
    DISABLED("This account is disabled",
            "Your administrator has switched this account off. Ask them if you still need access.");

    private final String title;
    private final String message;

    String title() {
        return title;
    }

    String message() {
        return message;
    }

    static SignInError fromCode(String code) {
        for (SignInError error : values()) {
            if (error.name().equalsIgnoreCase(code)) {
                return error;
            }
        }
        return BAD;
    }
}
