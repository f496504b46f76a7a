package org.groundwork.visit.tally;

import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.groundwork.base.RunAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the tally on the first start after it was added (or after a restore from an older backup): when it is
 * empty but completed visits exist. Runs after the application is ready, on its own thread, so the start is not
 * slowed; until it commits, readers read whole periods live ({@link TallyReadiness}, decision 022). The shared
 * scheduler lock (decision 050) lets one node do it; a node that starts later finds the tally filled and does
 * nothing.
 */
@Component
@RequiredArgsConstructor
class VisitTallyStartup {

    static final String LOCK = "visit-tally-rebuild";
    private static final Logger log = LoggerFactory.getLogger(VisitTallyStartup.class);

    private final VisitTally tally;
    private final TallyReadiness readiness;
    private final LockProvider locks;

    @EventListener(ApplicationReadyEvent.class)
    void whenReady() {
        Thread.ofVirtual().name(LOCK).start(() -> new DefaultLockingTaskExecutor(locks).executeWithLock(
                (Runnable) this::rebuildIfEmpty, new LockConfiguration(Instant.now(), LOCK, Duration.ofHours(2),
                        Duration.ZERO)));
    }

    /** Rebuilds when the tally has no row but a completed visit exists: two reads of one row each. */
    void rebuildIfEmpty() {
        if (readiness.usable()) {
            return;
        }
        long start = System.nanoTime();
        readiness.rebuilding(true);
        try {
            RunAsSystem.run(tally::rebuild);
        } finally {
            readiness.rebuilding(false);
        }
        log.info("Visit tally rebuilt from the visits in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
