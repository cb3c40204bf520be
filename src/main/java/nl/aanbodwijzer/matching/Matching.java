package nl.aanbodwijzer.matching;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.InTime;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.MatchOutcome.Suggestion;
import nl.aanbodwijzer.matching.core.Matcher;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.matching.core.TimeNorm;
import nl.aanbodwijzer.search.OfferIndex;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.DomainException.InvalidInput;

/**
 * Matches a profile against this node's catalogue in memory; free text adds the search index's
 * relevance and is dropped afterwards. A gap is handed to the {@link GapLedger} only for an identified
 * case; a case that now has a suitable place in time gets its gap marked.
 */
@Singleton
public class Matching {
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** The outcome with notes on what was recorded, and the receipt of the gap as recorded (or null). */
    public record Result(MatchOutcome outcome, GapReceipt gap) {}

    private final Catalog catalog;
    private final MatchableOffers offers;
    private final OfferIndex index;
    private final GapLedger ledger;
    private final Clock clock;
    private final TimeNorm norm;

    Matching(
            Catalog catalog,
            MatchableOffers offers,
            OfferIndex index,
            GapLedger ledger,
            Clock clock,
            @Value("${aanbodwijzer.matching.norm-weeks:13}") int normWeeks) {
        this.catalog = catalog;
        this.offers = offers;
        this.index = index;
        this.ledger = ledger;
        this.clock = clock;
        this.norm = new TimeNorm(normWeeks);
    }

    public Result match(PupilProfile profile, String text, String caseReference, Actor actor, int limit) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Taxonomy taxonomy = snapshot.taxonomy();
        if (!taxonomy.knowsMunicipality(profile.municipality())) {
            throw new InvalidInput(
                    "municipality",
                    "unknown CBS municipality code '" + profile.municipality() + "'; /api/v1/taxonomy lists them all");
        }
        if (profile.school() != null && !taxonomy.knowsSchool(profile.school())) {
            throw new InvalidInput("school", "unknown DUO school location code '" + profile.school() + "'");
        }
        MatchOutcome outcome = new Matcher(norm, LocalDate.now(clock.withZone(NETHERLANDS)))
                .match(
                        profile,
                        offers.current(),
                        possible -> text == null || text.isBlank() ? Map.of() : index.relevance(text, possible),
                        limit);
        boolean identified = caseReference != null && !caseReference.isBlank();
        List<String> notes = new ArrayList<>(outcome.notes());
        GapReceipt gap = null;
        if (outcome.hasGap() && identified) {
            gap = ledger.record(profile, outcome.gap(), outcome.escalation(), caseReference, actor);
        } else if (outcome.hasGap()) {
            notes.add("Er is niets vastgelegd: dit tekort telt pas als u een casusreferentie meegeeft, zodat elke"
                    + " casus één keer telt.");
        } else if (identified) {
            Optional<Suggestion> place = outcome.suggestions().stream()
                    .filter(s -> s.suitable() && s.inTime() == InTime.YES)
                    .findFirst();
            if (place.isPresent()
                    && ledger.placeFound(caseReference, place.get().offer().id(), actor)) {
                notes.add("Voor deze casus is nu een passende plek op tijd in zicht ("
                        + place.get().offer().name()
                        + "); het tekort staat op 'plek gevonden' tot u de uitkomst vastlegt.");
            }
        }
        return new Result(withNotes(outcome, notes), gap);
    }

    private static MatchOutcome withNotes(MatchOutcome o, List<String> notes) {
        return new MatchOutcome(
                o.norm(), o.escalation(), o.suggestions(), o.excluded(), o.unrelated(), List.copyOf(notes), o.gap());
    }
}
