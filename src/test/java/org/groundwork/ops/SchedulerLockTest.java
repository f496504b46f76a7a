package org.groundwork.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduler lock on the test database (H2, or MySQL under -Pmysql): a second lock provider on the same database
 * stands for a second node.
 */
@GroundworkTest
class SchedulerLockTest {

    @Autowired
    LockProvider thisNode;
    @Autowired
    DataSource dataSource;

    @Test
    void aJobLockedByOneNodeCannotBeTakenByAnotherUntilItIsReleased() {
        LockProvider otherNode = otherNode();
        String job = "lock-test-" + System.nanoTime();

        Optional<SimpleLock> held = thisNode.lock(lockFor(job, Duration.ofMinutes(1)));
        assertThat(held).isPresent();
        assertThat(otherNode.lock(lockFor(job, Duration.ofMinutes(1)))).isEmpty();

        held.orElseThrow().unlock();
        Optional<SimpleLock> takenOver = otherNode.lock(lockFor(job, Duration.ofMinutes(1)));
        assertThat(takenOver).isPresent();
        takenOver.orElseThrow().unlock();
    }

    @Test
    void aLockHeldForAtLeastAnIntervalStaysAfterTheJobEndsSoTheOtherNodeSkipsThatTurn() {
        String job = "interval-test-" + System.nanoTime();
        SimpleLock lock = thisNode.lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(10),
                Duration.ofMinutes(5))).orElseThrow();
        lock.unlock();

        assertThat(otherNode().lock(lockFor(job, Duration.ofMinutes(1)))).isEmpty();
    }

    @Test
    void differentJobsDoNotBlockEachOther() {
        SimpleLock first = thisNode.lock(lockFor("job-a-" + System.nanoTime(), Duration.ofMinutes(1))).orElseThrow();
        Optional<SimpleLock> second = otherNode().lock(lockFor("job-b-" + System.nanoTime(), Duration.ofMinutes(1)));

        assertThat(second).isPresent();
        first.unlock();
        second.orElseThrow().unlock();
    }

    private LockProvider otherNode() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    private static LockConfiguration lockFor(String job, Duration atMost) {
        return new LockConfiguration(Instant.now(), job, atMost, Duration.ZERO);
    }
}
