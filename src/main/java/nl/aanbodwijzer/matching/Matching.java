package nl.aanbodwijzer.matching;

import jakarta.inject.Singleton;
import java.util.Map;
import nl.aanbodwijzer.catalog.live.CatalogCache;
import nl.aanbodwijzer.gaps.RecordedGap;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.Matcher;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.search.OfferIndex;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.DomainException.InvalidInput;

/**
 * Matches a profile against this node's catalogue in memory; free text adds the search index's
 * relevance and is dropped afterwards. A gap found is handed to the {@link GapLedger}.
 */
@Singleton
public class Matching {
    /** The outcome, and the gap as recorded (null without a gap). */
    public record Result(MatchOutcome outcome, RecordedGap gap) {}

    private final CatalogCache catalog;
    private final OfferIndex index;
    private final GapLedger ledger;

    Matching(CatalogCache catalog, OfferIndex index, GapLedger ledger) {
        this.catalog = catalog;
        this.index = index;
        this.ledger = ledger;
    }

    public Result match(PupilProfile profile, String text, String caseReference, Actor actor, int limit) {
        if (!catalog.subregionsOf().containsKey(profile.municipality())) {
            throw new InvalidInput(
                    "municipality",
                    "unknown CBS municipality code '" + profile.municipality() + "'; /api/v1/taxonomy lists them all");
        }
        if (profile.school() != null && !catalog.knowsSchool(profile.school())) {
            throw new InvalidInput("school", "unknown DUO school location code '" + profile.school() + "'");
        }
        Matcher matcher = new Matcher(catalog.needLabels(), catalog.subregionsOf());
        MatchOutcome outcome = matcher.match(
                profile,
                catalog.offers(),
                possible -> text == null || text.isBlank() ? Map.of() : index.relevance(text, possible),
                limit);
        RecordedGap gap = outcome.hasGap() ? ledger.record(profile, outcome.gap(), caseReference, actor) : null;
        return new Result(outcome, gap);
    }
}
