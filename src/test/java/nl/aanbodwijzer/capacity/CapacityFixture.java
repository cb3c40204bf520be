package nl.aanbodwijzer.capacity;

import io.micronaut.http.HttpHeaders;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import nl.aanbodwijzer.api.model.CapacityUpdate;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.catalog.OffersClient;

/** Publishes an offer's numbers over HTTP the way a provider does: read the ETag, then PUT with it. */
@Singleton
public class CapacityFixture {
    private final OffersClient offers;
    private final CapacityClient capacity;

    CapacityFixture(OffersClient offers, CapacityClient capacity) {
        this.offers = offers;
        this.capacity = capacity;
    }

    /** Numbers as a provider sends them; null ones are unknown. */
    public static CapacityUpdate numbers(
            Integer total, Integer occupied, Integer waitingList, Integer waitWeeks, LocalDate nextIntake) {
        return new CapacityUpdate()
                .total(total)
                .occupied(occupied)
                .waitingList(waitingList)
                .expectedWaitWeeks(waitWeeks)
                .nextIntake(nextIntake);
    }

    /** Places and an expected wait, the rest unknown. */
    public static CapacityUpdate places(Integer total, Integer occupied, Integer waitWeeks) {
        return numbers(total, occupied, null, waitWeeks, null);
    }

    /** The offer's ETag now. */
    public String etag(String offerId) {
        return offers.getOffer(offerId).header(HttpHeaders.ETAG);
    }

    /** Publishes the numbers as the signed-in account; answers the offer as it then is. */
    public Offer publish(String offerId, CapacityUpdate numbers) {
        return capacity.updateCapacity(offerId, numbers, etag(offerId)).body();
    }
}
