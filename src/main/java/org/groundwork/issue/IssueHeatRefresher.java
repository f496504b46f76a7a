package org.groundwork.issue;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.groundwork.base.RunAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Stores every issue's heat again every {@code groundwork.issues.heat-refresh} (default 5 minutes), so employee
 * counts and red flags that changed on businesses reach the board and the ranking. Every node schedules it, but the
 * lock in the shared database lets one node run it per interval: the lock is held for at least the interval, so a
 * node whose schedule comes round soon after another's skips that turn.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@RequiredArgsConstructor
class IssueHeatRefresher {

    private static final Logger log = LoggerFactory.getLogger(IssueHeatRefresher.class);

    private final IssueHeatService heat;

    @Scheduled(fixedDelayString = "${groundwork.issues.heat-refresh:PT5M}",
            initialDelayString = "${groundwork.issues.heat-refresh:PT5M}")
    @SchedulerLock(name = "issue-heat-refresh", lockAtLeastFor = "${groundwork.issues.heat-refresh:PT5M}")
    void refreshAll() {
        RunAsSystem.run(heat::refreshAll);
        log.info("Issue heat refreshed");
    }
}
