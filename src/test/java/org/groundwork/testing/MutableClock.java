package org.groundwork.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock tests can move forward, installed in place of the system clock by {@link TestClockConfiguration}. */
public class MutableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Moves the clock to that time of that day in the clock's zone. */
    public void set(LocalDate day, LocalTime time) {
        now = day.atTime(time).atZone(zone).toInstant();
    }

    /** Back to the present (after each test, by {@link RestoreClockAfterEach}). */
    public void restore() {
        now = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
