package nl.aanbodwijzer.gaps;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/** The coded facts of recorded gaps, for the reports. */
@Singleton
public class GapFacts {
    private final GapStore store;

    GapFacts(GapStore store) {
        this.store = store;
    }

    /** Every gap first recorded from {@code from} up to, not including, {@code until}, oldest first. */
    public List<GapFact> recordedBetween(Instant from, Instant until) {
        return store.facts(from, until);
    }
}
