package nl.aanbodwijzer.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.aanbodwijzer.capacity.CapacityRules;
import nl.aanbodwijzer.catalog.Offer.Funding;
import nl.aanbodwijzer.catalog.Offer.Location;
import nl.aanbodwijzer.catalog.Offer.Partner;
import nl.aanbodwijzer.system.Violation;

/**
 * The rules an offer keeps wherever it comes from: the API answers them as a 422 problem, the
 * importer as {@code file:line} problems, with the same words. Each violation names its field as
 * a path ({@code locations[0].municipality}), so that the importer can find the line.
 */
public final class OfferRules {
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final int MAX_AGE = 30;
    static final int MAX_HOURS = 40;

    /** What an offer's references may point at: municipality codes, provider ids, school location codes. */
    public record Known(Set<String> municipalities, Set<String> providers, Set<String> schools) {}

    private OfferRules() {}

    /** Every rule the offer breaks; empty when it keeps them all. */
    public static List<Violation> check(Offer offer, Known known) {
        List<Violation> violations = new ArrayList<>();
        if (offer.id() != null && !offer.id().matches(ID_PATTERN)) {
            violations.add(new Violation(
                    "id", "offer id must be lower case letters, digits and '-', not '" + offer.id() + "'"));
        }
        for (int i = 0; i < offer.municipalities().size(); i++) {
            known(
                    violations,
                    "municipalities[" + i + "]",
                    offer.municipalities().get(i),
                    known.municipalities(),
                    "municipality");
        }
        providers(violations, offer.providers(), known);
        for (int i = 0; i < offer.locations().size(); i++) {
            Location location = offer.locations().get(i);
            String at = "locations[" + i + "].";
            known(violations, at + "municipality", location.municipalityCode(), known.municipalities(), "municipality");
            known(
                    violations,
                    at + "schoolLocationCode",
                    location.schoolLocationCode(),
                    known.schools(),
                    "school location");
        }
        known(
                violations,
                "entryRequirements.onlyPupilsOfSchool",
                offer.entryRequirements().onlyPupilsOfSchool(),
                known.schools(),
                "school location");
        range(violations, "age range", "minAge", offer.minAge(), "maxAge", offer.maxAge(), "", MAX_AGE);
        range(
                violations,
                "hours per week",
                "min",
                offer.hoursPerWeek().min(),
                "max",
                offer.hoursPerWeek().max(),
                "hoursPerWeek.",
                MAX_HOURS);
        funding(violations, offer.funding());
        violations.addAll(CapacityRules.check(offer.capacity(), "capacity."));
        return violations;
    }

    private static void providers(List<Violation> violations, List<Partner> providers, Known known) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < providers.size(); i++) {
            String id = providers.get(i).id();
            String field = "providers[" + i + "].id";
            if (!seen.add(id)) {
                violations.add(new Violation(field, "provider '" + id + "' is listed twice"));
            } else {
                known(violations, field, id, known.providers(), "provider");
            }
        }
    }

    private static void known(List<Violation> violations, String field, String value, Set<String> known, String what) {
        if (value != null && !known.contains(value)) {
            violations.add(new Violation(field, "unknown " + what + " '" + value + "'"));
        }
    }

    /** A range that is reversed, or whose top is above {@code limit}; {@code prefix} completes the field paths. */
    private static void range(
            List<Violation> violations,
            String what,
            String minName,
            Integer min,
            String maxName,
            Integer max,
            String prefix,
            int limit) {
        if (min != null && max != null && min > max) {
            violations.add(new Violation(
                    prefix + minName, what + " reversed: " + minName + " " + min + " is above " + maxName + " " + max));
        }
        if (max != null && max > limit) {
            violations.add(new Violation(prefix + maxName, maxName + " " + max + " is above " + limit));
        }
    }

    private static void funding(List<Violation> violations, List<Funding> funding) {
        int total = 0;
        for (int i = 0; i < funding.size(); i++) {
            Integer share = funding.get(i).sharePercent();
            if (share != null && share > 100) {
                violations.add(new Violation(
                        "funding[" + i + "].sharePercent", "sharePercent must be at most 100, not " + share));
            }
            total += Objects.requireNonNullElse(share, 0);
        }
        if (total > 100) {
            violations.add(new Violation("funding", "funding shares add up to " + total + "%, more than 100%"));
        }
    }
}
