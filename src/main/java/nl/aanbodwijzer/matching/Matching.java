package nl.aanbodwijzer.matching;

import jakarta.inject.Singleton;
import java.util.Map;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
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
    /** The outcome, and the receipt of the gap as recorded (null without a gap). */
    public record Result(MatchOutcome outcome, GapReceipt gap) {}

    private final Catalog catalog;
    private final OfferIndex index;
    private final GapLedger ledger;

    Matching(Catalog catalog, OfferIndex index, GapLedger ledger) {
        this.catalog = catalog;
        this.index = index;
        this.ledger = ledger;
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
        MatchOutcome outcome = new Matcher(taxonomy)
                .match(
                        profile,
                        snapshot.offers(),
                        possible -> text == null || text.isBlank() ? Map.of() : index.relevance(text, possible),
                        limit);
        GapReceipt gap = outcome.hasGap() ? ledger.record(profile, outcome.gap(), caseReference, actor) : null;
        return new Result(outcome, gap);
    }
}
