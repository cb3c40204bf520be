package nl.aanbodwijzer.system;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The clock of the service: dates ("today", "in the past") are Dutch dates. */
@Factory
public class Clocks {
    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Singleton
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }
}
