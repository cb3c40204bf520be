package nl.aanbodwijzer.matching.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.MatchOutcome.Candidate;
import nl.aanbodwijzer.matching.core.MatchOutcome.Excluded;
import nl.aanbodwijzer.matching.core.MatchOutcome.Gap;
import nl.aanbodwijzer.matching.core.MatchOutcome.Reason;
import nl.aanbodwijzer.matching.core.MatchOutcome.Suggestion;

/**
 * Matches a pupil profile to the catalogue: hard rules rule offers out (each with its reason), the
 * rest are ranked, and when no suggestion covers the primary need with a place in time the gap says
 * why. Plain Java: the same catalogue and profile always give the same answer.
 */
public final class Matcher {
    private static final int MAX_CANDIDATES = 5;

    private final Ranking ranking;

    /** The taxonomy gives the Dutch name of each need for the reasons, and the sub-regions for nearness. */
    public Matcher(Taxonomy taxonomy) {
        this.ranking = new Ranking(taxonomy);
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
        List<Offer> possible = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        int unrelated = 0;
        for (Offer offer : offers) {
            if (!MatchingRules.related(pupil, offer)) {
                unrelated++;
                continue;
            }
            List<Reason> reasons = MatchingRules.exclusions(pupil, offer);
            if (reasons.isEmpty()) {
                possible.add(offer);
            } else {
                excluded.add(new Excluded(offer.id(), offer.name(), reasons));
            }
        }
        Map<String, Float> textScores =
                textRelevance.apply(possible.stream().map(Offer::id).collect(Collectors.toSet()));
        float bestText = textScores.values().stream().max(Float::compare).orElse(0f);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Offer offer : possible) {
            float text = bestText == 0 ? 0 : textScores.getOrDefault(offer.id(), 0f) / bestText;
            suggestions.add(ranking.suggest(pupil, offer, text));
        }
        suggestions.sort(
                Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.offer()
                        .id()));
        excluded.sort(Comparator.comparing(Excluded::offerId));
        List<String> notes = new ArrayList<>();
        boolean placeInTime = suggestions.stream().anyMatch(s -> s.suitable() && s.inTime() == InTime.YES);
        boolean toCheck = suggestions.stream().anyMatch(s -> s.suitable() && s.inTime() == InTime.UNKNOWN);
        Gap gap = null;
        if (!placeInTime && toCheck) {
            notes.add("Van een of meer passende aanbieders zijn de plaatsen of wachttijd onbekend: vraag de cijfers na"
                    + " voordat u concludeert dat er niets is.");
        } else if (!placeInTime) {
            gap = gap(pupil, offers, suggestions, excluded);
        }
        return new MatchOutcome(
                TimeNorm.deadlineWeeks(pupil.weeksAbsent()),
                List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size()))),
                List.copyOf(excluded),
                unrelated,
                notes,
                gap);
    }

    private Gap gap(
            PupilProfile pupil, Collection<Offer> offers, List<Suggestion> suggestions, List<Excluded> excluded) {
        Need primary = pupil.primaryNeed();
        Set<String> forPrimaryNeed = offers.stream()
                .filter(offer -> offer.status().takesPupils() && offer.needs().contains(primary))
                .map(Offer::id)
                .collect(Collectors.toSet());
        if (forPrimaryNeed.isEmpty()) {
            return new Gap(List.of(GapReason.NO_OFFER_FOR_NEED), List.of());
        }
        Set<GapReason> reasons = EnumSet.noneOf(GapReason.class);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Suggestion suggestion : suggestions) {
            if (suggestion.suitable()) {
                reasons.add(GapReason.NO_CAPACITY_IN_TIME);
                candidates.put(
                        suggestion.offer().id(),
                        new Candidate(
                                suggestion.offer().id(),
                                suggestion.offer().name(),
                                List.of(waitReason(suggestion, pupil))));
            }
        }
        excluded.stream()
                .filter(e -> forPrimaryNeed.contains(e.offerId()))
                .sorted(Comparator.comparingInt((Excluded e) -> e.reasons().size())
                        .thenComparing(Excluded::offerId))
                .forEach(e -> {
                    e.reasons().stream()
                            .map(r -> r.code().gapReason())
                            .filter(Objects::nonNull)
                            .forEach(reasons::add);
                    candidates.putIfAbsent(
                            e.offerId(),
                            new Candidate(
                                    e.offerId(),
                                    e.offerName(),
                                    e.reasons().stream().map(Reason::detail).toList()));
                });
        return new Gap(
                List.copyOf(reasons),
                candidates.values().stream().limit(MAX_CANDIDATES).toList());
    }

    private static String waitReason(Suggestion suggestion, PupilProfile pupil) {
        int deadline = TimeNorm.deadlineWeeks(pupil.weeksAbsent());
        if (Availability.of(suggestion.offer().capacity()) == Availability.FULL) {
            return "Geen vrije plaats en geen bekende wachttijd.";
        }
        return "Verwachte wachttijd " + suggestion.expectedWaitWeeks() + " weken; binnen de norm zijn nog " + deadline
                + " weken over.";
    }
}
