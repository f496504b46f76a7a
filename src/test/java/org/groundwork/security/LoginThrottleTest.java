package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@GroundworkTest
class LoginThrottleTest {

    @Autowired
    LoginThrottle throttle;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private final String name = "nobody-" + UUID.randomUUID();
    private final String address = "198.51.100." + UUID.randomUUID().hashCode();
    private final String elsewhere = "203.0.113." + UUID.randomUUID().hashCode();

    @Test
    void afterThreeFailuresTheNextAttemptMustWait() {
        fail(3);
        assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Wait.class);
        assertThat(throttle.consecutiveFailures(name)).isEqualTo(3);
    }

    @Test
    void twoFailuresLeaveTheNextAttemptFree() {
        fail(2);
        assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void waitDoublesWithEachFailureUpToTheCap() {
        assertThat(throttle.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.delayAfter(9)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void afterTheWaitTheNextAttemptIsAllowed() {
        fail(4);
        assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Wait.class);
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void tenFailuresLockTheNameFromThatAddressForFifteenMinutesThenItIsForgotten() {
        fail(10);
        assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Locked.class);
        assertThat(throttle.admit(name, elsewhere)).as("the real user, elsewhere").isInstanceOf(
                LoginThrottle.Allowed.class);
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Locked.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Allowed.class);
        assertThat(throttle.consecutiveFailures(name)).isEqualTo(1);
    }

    @Test
    void successClearsTheFailures() {
        fail(5);
        throttle.succeeded(name, address);
        assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void anAdministratorCanUnlockANameAtOnce() {
        fail(10);
        throttle.unlock(name);
        assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void oneAddressTryingNameAfterNameIsLockedAndStopsAddingCounters() {
        for (int i = 0; i < 50; i++) {
            throttle.admit(name + "-" + i, address);
        }
        long counters = countersFrom(address);
        assertThat(throttle.admit(name + "-next", address)).isInstanceOf(LoginThrottle.Locked.class);
        assertThat(countersFrom(address)).isEqualTo(counters);
    }

    @Test
    void countersAreDeletedOnceTheirLockAndFailuresAreOld() {
        fail(10);
        throttle.admit(name + "-once", elsewhere);
        clock.advance(Duration.ofMinutes(16));
        throttle.forgetOldFailures();
        assertThat(countersFrom(address) + countersFrom(elsewhere)).isZero();
    }

    @Test
    void parallelWrongPasswordsCannotOutrunTheLock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<LoginThrottle.Verdict>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(() -> throttle.admit(name, address));
            }
            long admitted = 0;
            for (Future<LoginThrottle.Verdict> verdict : pool.invokeAll(attempts)) {
                admitted += verdict.get() instanceof LoginThrottle.Allowed ? 1 : 0;
            }
            assertThat(admitted).as("the free attempts, then a wait").isEqualTo(3);
        } finally {
            pool.shutdown();
        }
    }

    private long countersFrom(String from) {
        Long count = jdbc.queryForObject("select count(*) from sign_in_counter where counter_key like ?",
                Long.class, "%|" + from);
        return count == null ? 0 : count;
    }

    /** Wrong passwords, each after the previous wait is over, so every one is admitted and counted. */
    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(Duration.ofSeconds(31));
            assertThat(throttle.admit(name, address)).isInstanceOf(LoginThrottle.Allowed.class);
        }
    }
}
