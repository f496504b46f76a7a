package org.groundwork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Decides whether a sign-in attempt may be checked at all, and remembers the failures that decide it. */
@Component
class LoginThrottle {

    sealed interface Verdict {
    }

    record Allowed() implements Verdict {
    }

    record Wait(Duration remaining) implements Verdict {
    }

    record Locked(Instant until) implements Verdict {
    }

    private static final int MAX_TRIES = 5;

    private final LoginAttemptRepository attempts;
    private final LoginProperties properties;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    LoginThrottle(LoginAttemptRepository attempts, LoginProperties properties, Clock clock,
                  PlatformTransactionManager transactions) {
        this.attempts = attempts;
        this.properties = properties;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(readOnly = true)
    public Verdict check(String usernameKey) {
        Instant now = clock.instant();
        return attempts.findById(usernameKey).map(attempt -> verdictFor(attempt, now)).orElse(new Allowed());
    }

    /** Counts a failure. Parallel failures for one name are retried, not lost, so the lock cannot be outrun. */
    public void failed(String usernameKey) {
        for (int attempt = 1; ; attempt++) {
            try {
                newTransaction.executeWithoutResult(status -> countFailure(usernameKey));
                return;
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrentUpdate) {
                if (attempt == MAX_TRIES) {
                    throw concurrentUpdate;
                }
            }
        }
    }

    private void countFailure(String usernameKey) {
        Instant now = clock.instant();
        LoginAttempt attempt = attempts.findById(usernameKey).orElseGet(() -> new LoginAttempt(usernameKey));
        if (isStale(attempt, now)) {
            attempt.restart();
        }
        attempt.fail(now, properties.lockAfter(), now.plus(properties.lockDuration()));
        attempts.saveAndFlush(attempt);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String usernameKey) {
        attempts.deleteById(usernameKey);
    }

    @Transactional(readOnly = true)
    public int consecutiveFailures(String usernameKey) {
        Instant now = clock.instant();
        return attempts.findById(usernameKey).filter(a -> !isStale(a, now)).map(LoginAttempt::getFailures)
                .orElse(0);
    }

    private Verdict verdictFor(LoginAttempt attempt, Instant now) {
        if (attempt.getLockedUntil() != null && now.isBefore(attempt.getLockedUntil())) {
            return new Locked(attempt.getLockedUntil());
        }
        if (isStale(attempt, now) || attempt.getFailures() < properties.freeAttempts()) {
            return new Allowed();
        }
        Instant nextAllowed = attempt.getLastFailureAt().plus(delayAfter(attempt.getFailures()));
        return now.isBefore(nextAllowed) ? new Wait(Duration.between(now, nextAllowed)) : new Allowed();
    }

    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - properties.freeAttempts(), 20);
        Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    private boolean isStale(LoginAttempt attempt, Instant now) {
        boolean lockOver = attempt.getLockedUntil() == null || !now.isBefore(attempt.getLockedUntil());
        return lockOver && attempt.getLastFailureAt() != null
                && attempt.getLastFailureAt().plus(properties.lockDuration()).isBefore(now);
    }
}
