package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GroundworkTest
class LoginThrottleTest {

    @Autowired
    LoginThrottle throttle;
    @Autowired
    MutableClock clock;

    private final String name = "nobody-" + UUID.randomUUID();

    @Test
    void afterThreeFailuresTheNextAttemptMustWait() {
        fail(3);
        assertThat(throttle.check(name)).isInstanceOf(LoginThrottle.Wait.class);
        assertThat(throttle.consecutiveFailures(name)).isEqualTo(3);
    }

    @Test
    void twoFailuresLeaveTheNextAttemptFree() {
        fail(2);
        assertThat(throttle.check(name)).isInstanceOf(LoginThrottle.Allowed.class);
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
        assertThat(throttle.check(name)).isInstanceOf(LoginThrottle.Wait.class);
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.check(name)).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void tenFailuresLockTheNameForFifteenMinutesThenItIsForgotten() {
        fail(10);
        assertThat(throttle.check(name)).isInstanceOf(LoginThrottle.Locked.class);
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.check(name)).isInstanceOf(LoginThrottle.Locked.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.check(name)).isInstanceOf(LoginThrottle.Allowed.class);
        assertThat(throttle.consecutiveFailures(name)).isZero();
    }

    @Test
    void successClearsTheFailures() {
        fail(5);
        throttle.succeeded(name);
        assertThat(throttle.check(name)).isInstanceOf(LoginThrottle.Allowed.class);
        assertThat(throttle.consecutiveFailures(name)).isZero();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name);
        }
    }
}
