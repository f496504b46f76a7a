package org.groundwork.base;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * A demo-profile runner that adds sample records once the application has started, signed in as the system user
 * so the services' method security and audit trail apply as they do to a person. Each seeder decides for itself
 * whether its samples are there already; its {@code @Order} says what it builds on.
 */
public abstract class DemoSeeder implements ApplicationRunner {

    @Override
    public final void run(ApplicationArguments args) {
        RunAsSystem.run(this::seed);
    }

    /** Adds the samples, unless they exist already. */
    protected abstract void seed();
}
