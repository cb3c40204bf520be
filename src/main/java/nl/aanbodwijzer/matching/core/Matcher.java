package nl.aanbodwijzer.matching.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.MatchOutcome.Excluded;
import nl.aanbodwijzer.matching.core.MatchOutcome.ExclusionSummary;
import nl.aanbodwijzer.matching.core.MatchOutcome.Gap;
import nl.aanbodwijzer.matching.core.MatchOutcome.Norm;
import nl.aanbodwijzer.matching.core.MatchOutcome.Reason;
import nl.aanbodwijzer.matching.core.MatchOutcome.Suggestion;

/**
 * Matches a pupil profile to the catalogue: hard rules rule offers out (each with its reason), the
 * rest are ranked, and when no suggestion covers the primary need with a place in time the gap says
 * why. Plain Java: the same catalogue, profile and day always give the same answer.
 */
public final class Matcher {
    /** How many of the offers one rule ruled out the answer names. */
    static final int EXAMPLES_PER_RULE = 3;

    private final TimeNorm norm;
    private final LocalDate today;
    private final MatchingRules rules;
    private final Ranking ranking;
    private final Distances distances;
    private final StructuralGaps gaps;

    /** The taxonomy names towns, schools and needs, and places municipalities for distances. */
    public Matcher(Taxonomy taxonomy, TimeNorm norm, LocalDate today) {
        this.norm = norm;
        this.today = today;
        this.rules = new MatchingRules(taxonomy);
        this.distances = new Distances(taxonomy);
        this.ranking = new Ranking(taxonomy, distances, today);
        this.gaps = new StructuralGaps(taxonomy, rules, today);
    }

    /**
     * Matches against {@code offers}. {@code textRelevance} answers, for the ids of the possible
     * offers, how well each matches the pupil's free text (an empty map without text). Answers at
     * most {@code limit} suggestions.
     */
    public MatchOutcome match(
            PupilProfile pupil,
            Collection<Offer> offers,
            Function<Set<String>, Map<String, Float>> textRelevance,
            int limit) {
        boolean normApplies = norm.appliesTo(pupil.absenceStatus());
        int horizon = normApplies ? norm.weeksLeft(pupil.weeksAbsent()) : norm.weeks();
        List<Offer> possible = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        int unrelated = 0;
        for (Offer offer : offers) {
            if (!MatchingRules.related(pupil, offer)) {
                unrelated++;
                continue;
            }
            List<Reason> reasons = rules.exclusions(pupil, offer);
            if (reasons.isEmpty()) {
                possible.add(offer);
            } else {
                excluded.add(new Excluded(
                        offer.id(), offer.name(), distances.nearestKm(pupil.municipality(), offer), reasons));
            }
        }
        Map<String, Float> textScores =
                textRelevance.apply(possible.stream().map(Offer::id).collect(Collectors.toSet()));
        float bestText = textScores.values().stream().max(Float::compare).orElse(0f);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Offer offer : possible) {
            float text = bestText == 0 ? 0 : textScores.getOrDefault(offer.id(), 0f) / bestText;
            suggestions.add(ranking.suggest(pupil, offer, text, horizon, normApplies));
        }
        suggestions.sort(
                Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.offer()
                        .id()));
        List<String> notes = new ArrayList<>();
        if (pupil.absenceStatus() == AbsenceStatus.ABSOLUUT_VERZUIM) {
            notes.add("De leerling staat nergens ingeschreven: inschrijving op een school gaat voor alles. Neem contact"
                    + " op met de leerplichtambtenaar; pas na inschrijving staan ook de voorzieningen van die school"
                    + " open.");
        }
        boolean placeInTime = suggestions.stream().anyMatch(s -> s.suitable() && s.inTime() == InTime.YES);
        boolean toCheck = suggestions.stream().anyMatch(s -> s.suitable() && s.inTime() == InTime.UNKNOWN);
        Gap gap = null;
        if (!placeInTime && toCheck) {
            notes.add("Van een of meer passende aanbieders zijn de plaatsen of wachttijd onbekend: vraag de cijfers na"
                    + " voordat u concludeert dat er niets is.");
        } else if (!placeInTime && normApplies) {
            gap = gaps.find(pupil, offers, suggestions, excluded, horizon);
        }
        return new MatchOutcome(
                norm(pupil, normApplies),
                escalation(pupil, normApplies, suggestions),
                List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size()))),
                summaries(pupil, excluded),
                unrelated,
                notes,
                gap);
    }

    private Norm norm(PupilProfile pupil, boolean applies) {
        if (!applies) {
            String status = pupil.absenceStatus() == AbsenceStatus.GEOORLOOFD
                    ? "Geoorloofd verzuim (bijvoorbeeld door ziekte)"
                    : "Een vrijstelling op grond van artikel 5 onder a van de Leerplichtwet";
            return new Norm(
                    false,
                    norm.weeks(),
                    null,
                    status + " valt niet onder de thuiszittersnorm: er loopt geen termijn en er wordt geen tekort"
                            + " vastgelegd. De suggesties zijn er wel.");
        }
        int left = norm.weeksLeft(pupil.weeksAbsent());
        String explanation = left == 0
                ? "De norm van " + norm.weeks()
                        + " weken is verstreken: alleen een vrije plaats nu telt nog als op tijd."
                : "Binnen de norm van " + norm.weeks() + " weken moet de leerling een passend aanbod met een plaats"
                        + " hebben; er zijn nog " + Ranking.weeks(left) + " over.";
        return new Norm(true, norm.weeks(), left, explanation);
    }

    private Escalation escalation(PupilProfile pupil, boolean normApplies, List<Suggestion> suggestions) {
        if (!normApplies) {
            return Escalation.notApplicable();
        }
        boolean inSight = suggestions.stream()
                .anyMatch(s -> s.suitable()
                        && s.expectedWaitWeeks() != null
                        && s.expectedWaitWeeks() <= Escalation.BREAKTHROUGH_HORIZON_WEEKS);
        return Escalation.of(pupil.weeksAbsent(), norm.weeks(), inSight);
    }

    /**
     * One summary per rule, in the rules' order: how many offers it ruled out and the few nearest of
     * those that broke the fewest rules. Offers of other schools for their own pupils are only counted.
     */
    private List<ExclusionSummary> summaries(PupilProfile pupil, List<Excluded> excluded) {
        Map<Exclusion, List<Excluded>> byRule = new EnumMap<>(Exclusion.class);
        for (Excluded offer : excluded) {
            offer.reasons().forEach(r -> byRule.computeIfAbsent(r.code(), code -> new ArrayList<>())
                    .add(offer));
        }
        Comparator<Excluded> mostRelevant = Comparator.comparingInt(
                        (Excluded e) -> e.reasons().size())
                .thenComparing(e -> e.distanceKm() == null ? Double.MAX_VALUE : e.distanceKm())
                .thenComparing(Excluded::offerName)
                .thenComparing(Excluded::offerId);
        List<ExclusionSummary> summaries = new ArrayList<>();
        byRule.forEach((code, offers) -> summaries.add(new ExclusionSummary(
                code,
                offers.size(),
                rules.explanation(code, pupil),
                code == Exclusion.ONLY_PUPILS_OF_SCHOOL
                        ? List.of()
                        : Smallest.first(offers, mostRelevant, EXAMPLES_PER_RULE))));
        return summaries;
    }
}
