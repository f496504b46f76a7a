package org.groundwork.visit.tally;

import lombok.RequiredArgsConstructor;
import org.groundwork.base.DemoSeeder;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's three years of drift history are written in bulk SQL (plan's {@code DemoDriftHistory}), past the
 * services that keep the tally, so after every seeder has run the demo tally is rebuilt: about a thousand visits,
 * milliseconds, before the application is ready.
 */
@Component
@Profile("demo")
@Order(90)
@RequiredArgsConstructor
class DemoVisitTally extends DemoSeeder {

    private final VisitTally tally;

    @Override
    protected void seed() {
        tally.rebuild();
    }
}
