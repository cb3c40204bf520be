package nl.aanbodwijzer.catalog;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanbodwijzer.capacity.CapacityState;
import nl.aanbodwijzer.capacity.CapacityStates;
import nl.aanbodwijzer.system.DomainException.NotFound;

/** Whole offers as the database holds them now: each definition with its capacity state. */
@Singleton
@ReadOnly
public class OfferLoader {
    private final OfferStore definitions;
    private final CapacityStates capacity;

    OfferLoader(OfferStore definitions, CapacityStates capacity) {
        this.definitions = definitions;
        this.capacity = capacity;
    }

    /** The offer, or {@link NotFound} naming the id. */
    public Offer get(String id) {
        return find(List.of(id)).stream().findFirst().orElseThrow(() -> noSuchOffer(id));
    }

    /** The answer when an offer is asked for that does not exist. */
    public static NotFound noSuchOffer(String id) {
        return new NotFound("There is no offer with id '" + id + "'.");
    }

    public Optional<Offer> find(String id) {
        return find(List.of(id)).stream().findFirst();
    }

    /** The offers with these ids, sorted by name; unknown ids are skipped. */
    public List<Offer> find(List<String> ids) {
        return withState(definitions.definitions(ids), capacity.of(ids));
    }

    /** Every offer, in no particular order. */
    public List<Offer> all() {
        return withState(definitions.allDefinitions(), capacity.all());
    }

    private static List<Offer> withState(List<Offer> offers, Map<String, CapacityState> states) {
        return offers.stream()
                .map(offer -> offer.toBuilder()
                        .state(states.getOrDefault(offer.id(), CapacityState.UNKNOWN))
                        .build())
                .toList();
    }
}
