package nl.aanbodwijzer.catalog;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.aanbodwijzer.catalog.Offer.Location;
import nl.aanbodwijzer.catalog.Offer.Partner;
import nl.aanbodwijzer.system.Sql;

/**
 * Which of the codes an offer refers to exist in the database now, for {@link OfferRules}. Hand SQL:
 * one query per kind of code finds all that the offer names, in tables no feature maps as entities.
 */
@Singleton
class OfferReferences {
    private final Sql sql;

    OfferReferences(Sql sql) {
        this.sql = sql;
    }

    OfferRules.Known of(Offer offer) {
        List<String> municipalities = Stream.concat(
                        offer.municipalities().stream(),
                        offer.locations().stream().map(Location::municipalityCode))
                .filter(Objects::nonNull)
                .toList();
        List<String> schools = Stream.concat(
                        offer.locations().stream().map(Location::schoolLocationCode),
                        Stream.of(offer.entryRequirements().onlyPupilsOfSchool()))
                .filter(Objects::nonNull)
                .toList();
        return new OfferRules.Known(
                existing("municipality", "code", municipalities),
                existing(
                        "provider",
                        "id",
                        offer.providers().stream().map(Partner::id).toList()),
                existing("school_location", "code", schools));
    }

    private Set<String> existing(String table, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.list(
                "SELECT " + column + " FROM " + table + " WHERE " + column + " IN ("
                        + String.join(",", Collections.nCopies(values.size(), "?")) + ")",
                List.copyOf(values),
                row -> row.getString(1)));
    }
}
