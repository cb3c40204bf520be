package nl.aanbodwijzer.catalog;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.Sql;
import nl.aanbodwijzer.system.Violation;

/**
 * Checks an offer described through the API against the reference data and the rules that need
 * more than one field; answers 422 with every problem at once. (catalog-data files get the same
 * checks from the importer, which reports them by file and line.)
 */
@Singleton
class OfferValidator {
    private final Sql sql;

    OfferValidator(Sql sql) {
        this.sql = sql;
    }

    void check(Offer offer) {
        List<Violation> problems = new ArrayList<>();
        unknown(problems, "municipalities", "municipality", "code", offer.municipalities());
        unknown(
                problems,
                "providers",
                "provider",
                "id",
                offer.providers().stream().map(Offer.Partner::id).toList());
        unknown(
                problems,
                "locations",
                "municipality",
                "code",
                offer.locations().stream()
                        .map(Offer.Location::municipalityCode)
                        .filter(Objects::nonNull)
                        .toList());
        List<String> schools = new ArrayList<>(offer.locations().stream()
                .map(Offer.Location::schoolLocationCode)
                .filter(Objects::nonNull)
                .toList());
        if (offer.entryRequirements().onlyPupilsOfSchool() != null) {
            schools.add(offer.entryRequirements().onlyPupilsOfSchool());
        }
        unknown(problems, "schoolLocationCode", "school_location", "code", schools);
        if (new HashSet<>(offer.providers().stream().map(Offer.Partner::id).toList()).size()
                < offer.providers().size()) {
            problems.add(new Violation("providers", "a provider is listed twice"));
        }
        reversed(problems, "minAge", offer.minAge(), offer.maxAge());
        reversed(
                problems,
                "hoursPerWeek.min",
                offer.hoursPerWeek().min(),
                offer.hoursPerWeek().max());
        int shares = offer.funding().stream()
                .map(Offer.Funding::sharePercent)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .sum();
        if (shares > 100) {
            problems.add(new Violation("funding", "the shares add up to " + shares + "%, more than 100%"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("The offer cannot be saved", problems);
        }
    }

    private void unknown(
            List<Violation> problems, String field, String table, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(sql.list(
                "SELECT " + column + " FROM " + table + " WHERE " + column + " IN ("
                        + String.join(",", Collections.nCopies(values.size(), "?")) + ")",
                List.copyOf(values),
                row -> row.getString(1)));
        values.stream()
                .filter(value -> !known.contains(value))
                .distinct()
                .forEach(value ->
                        problems.add(new Violation(field, "unknown " + table.replace('_', ' ') + " '" + value + "'")));
    }

    private static void reversed(List<Violation> problems, String field, Integer min, Integer max) {
        if (min != null && max != null && min > max) {
            problems.add(new Violation(field, "the range is reversed: " + min + " is above " + max));
        }
    }
}
