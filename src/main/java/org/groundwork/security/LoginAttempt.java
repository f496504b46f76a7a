package org.groundwork.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed sign-ins for one username, whether or not such an account exists, so that throttling behaves the same
 * for real and made-up names and reveals nothing. Kept in the database so every app node sees it.
 */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    @Id
    @Column(name = "username_key", length = 100)
    private String usernameKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Parallel guesses at one name must not lose each other's failures. */
    @Version
    private long version;

    protected LoginAttempt() {
    }

    LoginAttempt(String usernameKey) {
        this.usernameKey = usernameKey;
    }

    int getFailures() {
        return failures;
    }

    Instant getLastFailureAt() {
        return lastFailureAt;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    void fail(Instant at, int lockAfter, Instant lockUntil) {
        failures++;
        lastFailureAt = at;
        if (failures >= lockAfter) {
            lockedUntil = lockUntil;
        }
    }

    void restart() {
        failures = 0;
        lockedUntil = null;
    }
}
