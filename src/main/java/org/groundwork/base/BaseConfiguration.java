package org.groundwork.base;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** The clock every feature reads time from (tests replace it) and the "created/updated by" auditing. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingClock")
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> Optional.of(AuditWriter.currentActor());
    }

    @Bean
    DateTimeProvider auditingClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
