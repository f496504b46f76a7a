package org.groundwork.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before the password was even checked, because of too many recent failures. {@code reason}
 * becomes the login page's error code, so the page can explain what happened and what to do.
 */
class SignInRefusedException extends AuthenticationException {

    enum Reason { WAIT, LOCKED }

    private final Reason reason;

    SignInRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
