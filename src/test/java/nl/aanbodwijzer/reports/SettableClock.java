package nl.aanbodwijzer.reports;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.aanbodwijzer.system.Clocks;

/**
 * The service's clock, set by the test, for the tests that record gaps over weeks and months. A test
 * asks for it with {@code @Property(name = "aanbodwijzer.test.clock", value = "settable")}.
 */
public final class SettableClock extends Clock {
    private volatile Instant now;

    private SettableClock(Instant now) {
        this.now = now;
    }

    /** Noon, Dutch time, on this day. */
    public void set(LocalDate day) {
        now = day.atTime(12, 0).atZone(Clocks.NETHERLANDS).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return Clocks.NETHERLANDS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Factory
    @Requires(property = "aanbodwijzer.test.clock", value = "settable")
    static class Settable {
        @Singleton
        @Replaces(Clock.class)
        SettableClock clock() {
            return new SettableClock(Instant.now());
        }
    }
}
