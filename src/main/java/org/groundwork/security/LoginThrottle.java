package org.groundwork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides whether a sign-in attempt may be checked at all (docs/decisions/040-sign-in-throttling.md). Every
 * admitted attempt is counted as a failure <em>before</em> the password is checked, under a row lock, so parallel
 * wrong passwords can't outrun the limit; a good password gives the attempt back. Failures count per (username,
 * client address), which delays and then locks one attacker without locking the real user out from elsewhere,
 * and per client address, which stops one address from trying name after name.
 */
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

    private final SignInCounterRepository counters;
    private final LoginProperties properties;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    LoginThrottle(SignInCounterRepository counters, LoginProperties properties, Clock clock,
                  PlatformTransactionManager transactions) {
        this.counters = counters;
        this.properties = properties;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Admits an attempt (counting it as a failure until {@link #succeeded}) or says why not. */
    public Verdict admit(String username, String address) {
        return retryingRaces(() -> newTransaction.execute(status -> admitLocked(username, address)));
    }

    /** The password was right: the attempt counted in advance is given back and the pair's failures forgotten. */
    public void succeeded(String username, String address) {
        retryingRaces(() -> newTransaction.execute(status -> {
            counters.deleteByKey(pairKey(username, address));
            counters.lock(addressKey(address)).ifPresent(SignInCounter::forgive);
            return null;
        }));
    }

    /** An administrator lets a name sign in again from every address. */
    public void unlock(String username) {
        newTransaction.executeWithoutResult(status -> counters.deleteByUsername(SignInKeys.username(username)));
    }

    public int consecutiveFailures(String username) {
        return counters.mostRecentFailures(SignInKeys.username(username),
                clock.instant().minus(properties.lockDuration()));
    }

    /** Forgets counters that no longer decide anything, so made-up names can't grow the table without bound. */
    @Scheduled(fixedDelayString = "${groundwork.security.login.cleanup-interval:PT10M}")
    public void forgetOldFailures() {
        Instant now = clock.instant();
        newTransaction.executeWithoutResult(status ->
                counters.deleteForgotten(now.minus(properties.lockDuration()), now));
    }

    private Verdict admitLocked(String username, String address) {
        Instant now = clock.instant();
        Instant lockUntil = now.plus(properties.lockDuration());
        // Always the address first, then the pair: one order everywhere, so two attempts never deadlock.
        SignInCounter byAddress = lockOrCreate(addressKey(address), null, now);
        if (byAddress.isLockedAt(now)) {
            return new Locked(byAddress.getLockedUntil());
        }
        SignInCounter pair = lockOrCreate(pairKey(username, address), SignInKeys.username(username), now);
        Verdict verdict = verdictFor(pair, now);
        if (verdict instanceof Allowed) {
            byAddress.fail(now, properties.addressLockAfter(), lockUntil);
            pair.fail(now, properties.lockAfter(), lockUntil);
        }
        return verdict;
    }

    private SignInCounter lockOrCreate(String key, String username, Instant now) {
        SignInCounter counter = counters.lock(key)
                .orElseGet(() -> counters.saveAndFlush(new SignInCounter(key, username, now)));
        counter.forgetIfOlderThan(properties.lockDuration(), now);
        return counter;
    }

    private Verdict verdictFor(SignInCounter pair, Instant now) {
        if (pair.isLockedAt(now)) {
            return new Locked(pair.getLockedUntil());
        }
        if (pair.getFailures() < properties.freeAttempts()) {
            return new Allowed();
        }
        Instant nextAllowed = pair.getLastFailureAt().plus(delayAfter(pair.getFailures()));
        return now.isBefore(nextAllowed) ? new Wait(Duration.between(now, nextAllowed)) : new Allowed();
    }

    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - properties.freeAttempts(), 20);
        Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    /** Two first attempts may both create the same counter; the loser runs again and finds it. */
    private static <T> T retryingRaces(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException | DataIntegrityViolationException race) {
                if (attempt == MAX_TRIES) {
                    throw race;
                }
            }
        }
    }

    private static String addressKey(String address) {
        return "a|" + SignInKeys.address(address);
    }

    private static String pairKey(String username, String address) {
        return "u|" + SignInKeys.username(username) + "|" + SignInKeys.address(address);
    }
}
