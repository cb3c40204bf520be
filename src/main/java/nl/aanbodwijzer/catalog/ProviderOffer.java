package nl.aanbodwijzer.catalog;

import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.system.Versions;
import nl.aanbodwijzer.web.Texts;

/**
 * One offer on the provider's "mijn aanbod" page: its numbers as stored and the version they belong
 * to, the capacity form (filled in with those numbers, or as typed after a mistake or when someone
 * else saved first), and what to tell the provider.
 */
public record ProviderOffer(
        String id,
        String name,
        boolean stale,
        String lastVerified,
        String version,
        Capacity stored,
        Map<String, String> values,
        List<String> errors,
        boolean savedFirstBySomeoneElse,
        String message) {

    static ProviderOffer of(Offer offer, boolean stale) {
        return new ProviderOffer(
                offer.id(),
                offer.name(),
                stale,
                Texts.date(offer.lastVerifiedAt()),
                Versions.etag(offer.version()),
                offer.capacity(),
                values(offer.capacity()),
                List.of(),
                false,
                null);
    }

    ProviderOffer typed(Map<String, String> typed, List<String> problems, boolean conflict) {
        return new ProviderOffer(id, name, stale, lastVerified, version, stored, typed, problems, conflict, null);
    }

    ProviderOffer saying(String said) {
        return new ProviderOffer(
                id, name, stale, lastVerified, version, stored, values, errors, savedFirstBySomeoneElse, said);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** A stored number, or "onbekend". */
    public static String shown(Integer value) {
        return Texts.number(value);
    }

    public String storedNextIntake() {
        return Texts.date(stored.nextIntake());
    }

    private static Map<String, String> values(Capacity c) {
        return Map.of(
                "total", text(c.total()),
                "occupied", text(c.occupied()),
                "waitingList", text(c.waitingList()),
                "expectedWaitWeeks", text(c.expectedWaitWeeks()),
                "nextIntake", c.nextIntake() == null ? "" : c.nextIntake().toString());
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
