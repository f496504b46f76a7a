package org.groundwork.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.groundwork.base.ReportFormat;
import org.groundwork.report.ReportDefinition;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The metrics an operator reads on the management port exist and move. */
@GroundworkTest
class OperationalMetricsTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    List<ReportDefinition> reports;
    @Autowired
    TestAccounts accounts;

    @Test
    void eachReportRenderingIsTimedByDesign() {
        accounts.signIn("metrics-admin", Role.ADMIN);
        long before = renderings();

        reports.stream().filter(report -> report.title().equals("Users and access")).findFirst().orElseThrow()
                .render(null, ReportFormat.PDF).content();

        assertThat(renderings()).isEqualTo(before + 1);
    }

    @Test
    void openSessionsAndUisArePublished() {
        assertThat(registry.find("groundwork.vaadin.sessions").gauge()).isNotNull();
        assertThat(registry.find("groundwork.vaadin.uis").gauge()).isNotNull();
    }

    private long renderings() {
        Timer timer = registry.find("groundwork.report.render").tag("design", "users-and-access").timer();
        return timer == null ? 0 : timer.count();
    }
}
