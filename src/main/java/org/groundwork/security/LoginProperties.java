package org.groundwork.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling ({@code groundwork.security.login.*}): after {@code freeAttempts} failures each further
 * attempt must wait, doubling from {@code firstDelay} up to {@code maxDelay}; at {@code lockAfter} failures the
 * username is locked for {@code lockDuration} from that client address. At {@code addressLockAfter} failures
 * from one address, whatever the names, the address is locked for {@code lockDuration}. Failures older than
 * {@code lockDuration} are forgotten.
 */
@ConfigurationProperties("groundwork.security.login")
record LoginProperties(int freeAttempts, Duration firstDelay, Duration maxDelay, int lockAfter,
                       Duration lockDuration, int addressLockAfter) {

    LoginProperties {
        freeAttempts = freeAttempts <= 0 ? 3 : freeAttempts;
        firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofSeconds(30) : maxDelay;
        lockAfter = lockAfter <= 0 ? 10 : lockAfter;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        addressLockAfter = addressLockAfter <= 0 ? 50 : addressLockAfter;
    }
}
