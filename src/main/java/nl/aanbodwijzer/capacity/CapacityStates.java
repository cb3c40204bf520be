package nl.aanbodwijzer.capacity;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The capacity of offers as stored now, for the catalogue that shows it with each offer. */
@Singleton
@ReadOnly
public class CapacityStates {
    private final CapacityRepository rows;

    CapacityStates(CapacityRepository rows) {
        this.rows = rows;
    }

    /** The states of these offers by offer id; offers without one are left out. */
    public Map<String, CapacityState> of(Collection<String> offerIds) {
        return offerIds.isEmpty() ? Map.of() : byOffer(rows.findByOfferIdIn(offerIds));
    }

    public Map<String, CapacityState> all() {
        return byOffer(rows.findAll());
    }

    private static Map<String, CapacityState> byOffer(List<CapacityRow> found) {
        return found.stream().collect(Collectors.toMap(CapacityRow::offerId, CapacityRow::state));
    }
}
