package org.groundwork.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Recent failed sign-ins under one key: a (username, client address) pair or a client address alone. Kept for
 * names that don't exist too, so throttling behaves the same for real and made-up names, and in the database so
 * every app node sees it. Updated only under a row lock, so parallel attempts are counted one by one.
 */
@Entity
@Table(name = "sign_in_counter")
class SignInCounter {

    @Id
    @Column(name = "counter_key", length = 130)
    private String key;

    /** Set on pair counters (a valid username is at most 50 characters), so an admin can unlock a name. */
    @Column(length = 50)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInCounter() {
    }

    SignInCounter(String key, String username, Instant now) {
        this.key = key;
        this.username = username;
        this.lastFailureAt = now;
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

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Failures older than {@code memory}, with no lock running, no longer count. */
    void forgetIfOlderThan(Duration memory, Instant now) {
        if (!isLockedAt(now) && lastFailureAt.plus(memory).isBefore(now)) {
            failures = 0;
            lockedUntil = null;
        }
    }

    void fail(Instant at, int lockAfter, Instant lockUntil) {
        failures++;
        lastFailureAt = at;
        if (failures >= lockAfter) {
            lockedUntil = lockUntil;
        }
    }

    /** Gives back an attempt counted in advance that turned out to be a good password. */
    void forgive() {
        failures = Math.max(0, failures - 1);
    }
}
