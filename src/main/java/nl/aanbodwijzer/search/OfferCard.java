package nl.aanbodwijzer.search;

import java.util.List;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.web.Texts;

/**
 * An offer as a result card shows it: what it is, where, for which ages, whether there is a place
 * and how long the wait is, who pays, and whether its numbers are out of date. {@code snippet} is
 * escaped HTML with the search words marked.
 */
public record OfferCard(
        String id,
        String name,
        String type,
        String status,
        String area,
        String ages,
        Availability availability,
        String places,
        String waitingList,
        String expectedWait,
        String funding,
        boolean stale,
        String lastVerified,
        boolean synthetic,
        String snippet) {
    private static final int AREA_NAMES = 4;

    static OfferCard of(Offer offer, Taxonomy taxonomy, boolean stale, String snippet) {
        Capacity capacity = offer.capacity();
        return new OfferCard(
                offer.id(),
                offer.name(),
                offer.type().label(),
                offer.status() == OfferStatus.ACTIVE ? null : offer.status().label(),
                area(offer, taxonomy),
                Texts.range(offer.minAge(), offer.maxAge(), "jaar"),
                Availability.of(capacity),
                places(capacity),
                capacity.waitingList() == null ? Texts.UNKNOWN : capacity.waitingList() + " op de wachtlijst",
                expectedWait(capacity),
                Texts.list(offer.funding().stream()
                        .map(f -> f.source().label())
                        .distinct()
                        .toList()),
                stale,
                Texts.date(offer.lastVerifiedAt()),
                offer.synthetic(),
                snippet);
    }

    static String area(Offer offer, Taxonomy taxonomy) {
        List<String> names =
                offer.municipalities().stream().map(taxonomy::municipalityName).toList();
        if (names.size() > AREA_NAMES) {
            return String.join(", ", names.subList(0, AREA_NAMES)) + " en " + (names.size() - AREA_NAMES)
                    + " andere gemeenten";
        }
        return Texts.list(names);
    }

    static String places(Capacity capacity) {
        Integer free = capacity.free();
        if (free == null) {
            return capacity.total() == null ? Texts.UNKNOWN : capacity.total() + " plaatsen, bezetting onbekend";
        }
        return free == 0 ? "vol (" + capacity.total() + " plaatsen)" : free + " vrij van " + capacity.total();
    }

    static String expectedWait(Capacity capacity) {
        Integer weeks = Availability.waitWeeks(capacity);
        if (weeks == null) {
            return Texts.UNKNOWN;
        }
        return weeks == 0 ? "nu een plaats" : "ongeveer " + Texts.weeks(weeks);
    }
}
