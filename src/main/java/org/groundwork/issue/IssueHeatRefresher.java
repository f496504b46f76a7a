package org.groundwork.issue;

import org.groundwork.base.RunAsSystem;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Stores every issue's heat again every {@code groundwork.issues.heat-refresh} (default 5 minutes), so employee
 * counts and red flags that changed on businesses reach the board and the ranking. Each node of a cluster may run
 * it; the statements are idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IssueHeatRefresher {

    private final IssueHeatService heat;

    IssueHeatRefresher(IssueHeatService heat) {
        this.heat = heat;
    }

    @Scheduled(fixedDelayString = "${groundwork.issues.heat-refresh:PT5M}",
            initialDelayString = "${groundwork.issues.heat-refresh:PT5M}")
    void refreshAll() {
        RunAsSystem.run(heat::refreshAll);
    }
}
