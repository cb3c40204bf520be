package nl.aanbodwijzer.matching.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.matching.core.MatchOutcome.Excluded;
import nl.aanbodwijzer.matching.core.MatchOutcome.ExclusionSummary;
import nl.aanbodwijzer.matching.core.MatchOutcome.Gap;
import nl.aanbodwijzer.matching.core.MatchOutcome.Norm;
import nl.aanbodwijzer.matching.core.MatchOutcome.Suggestion;

/**
 * Matches a pupil profile to the catalogue: hard rules rule offers out (each with its reason), the
 * rest are ranked, and when no suggestion covers the primary need with a place in time the gap says
 * why. Plain Java: the same catalogue, profile and day always give the same answer.
 */
public final class Matcher {
    /** How many of the offers one rule ruled out the answer names. */
    static final int EXAMPLES_PER_RULE = 3;

    private static final int NOT_A_CANDIDATE =
            OfferFacts.bit(Exclusion.ONLY_PUPILS_OF_SCHOOL) | OfferFacts.bit(Exclusion.STATUS_NOT_AVAILABLE);

    private final TimeNorm norm;
    private final LocalDate today;

    public Matcher(TimeNorm norm, LocalDate today) {
        this.norm = norm;
        this.today = today;
    }

    /**
     * Matches against the catalogue. {@code textRelevance} answers, for the ids of the possible
     * offers, how well each matches the pupil's free text (an empty map without text). Answers at
     * most {@code limit} suggestions.
     */
    public MatchOutcome match(
            PupilProfile pupil,
            MatchCatalogue catalogue,
            Function<Set<String>, Map<String, Float>> textRelevance,
            int limit) {
        boolean normApplies = norm.appliesTo(pupil.absenceStatus());
        int horizon = normApplies ? norm.weeksLeft(pupil.weeksAbsent()) : norm.weeks();
        Scan scan = new Scan(pupil, catalogue);
        Set<String> possibleIds = new HashSet<>();
        scan.possible.forEach(
                position -> possibleIds.add(catalogue.offer(position).id()));
        Map<String, Float> textScores = textRelevance.apply(possibleIds);
        float bestText = textScores.values().stream().max(Float::compare).orElse(0f);
        Ranking ranking = new Ranking(catalogue.taxonomy(), today);
        List<Suggestion> suggestions = new ArrayList<>();
        for (int position : scan.possible) {
            Offer offer = catalogue.offer(position);
            float text = bestText == 0 ? 0 : textScores.getOrDefault(offer.id(), 0f) / bestText;
            double km = catalogue.nearestKm(position, scan.km);
            suggestions.add(ranking.suggest(
                    pupil,
                    offer,
                    catalogue.facts(position).coversPrimaryNeed(scan.facts),
                    Double.isNaN(km) ? null : km,
                    text,
                    horizon,
                    normApplies));
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
        MatchingRules rules = new MatchingRules(catalogue.taxonomy());
        Gap gap = null;
        if (!placeInTime && toCheck) {
            notes.add("Van een of meer passende aanbieders zijn de plaatsen of wachttijd onbekend: vraag de cijfers na"
                    + " voordat u concludeert dat er niets is.");
        } else if (!placeInTime && normApplies) {
            gap = new StructuralGaps(catalogue, rules, today)
                    .find(pupil, suggestions, scan.closestForNeed.sorted(), horizon);
        }
        return new MatchOutcome(
                norm(pupil, normApplies),
                escalation(pupil, normApplies, suggestions),
                List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size()))),
                summaries(pupil, scan, rules),
                scan.unrelated,
                notes,
                gap);
    }

    /**
     * One pass over the whole catalogue: which offers are possible, how many each rule ruled out and
     * the few of those to name, and how many are for none of the pupil's needs.
     */
    private static final class Scan {
        private final MatchCatalogue catalogue;
        private final PupilFacts facts;
        private final double[] km;
        private final List<Integer> possible = new ArrayList<>();
        private final int[] ruledOut = new int[Exclusion.values().length];
        private final FewestRulesNearest[] examples = new FewestRulesNearest[Exclusion.values().length];
        private final FewestRulesNearest closestForNeed;
        private int unrelated;

        Scan(PupilProfile pupil, MatchCatalogue catalogue) {
            this.catalogue = catalogue;
            this.facts = PupilFacts.of(pupil);
            this.km = catalogue.kmFrom(pupil.municipality());
            Comparator<FewestRulesNearest.Entry> byNameThenId = Comparator.comparing((FewestRulesNearest.Entry e) ->
                            catalogue.offer(e.position()).name())
                    .thenComparing(e -> catalogue.offer(e.position()).id());
            for (Exclusion rule : Exclusion.values()) {
                // offers of other schools for their own pupils are counted, not named
                int named = rule == Exclusion.ONLY_PUPILS_OF_SCHOOL ? 0 : EXAMPLES_PER_RULE;
                examples[rule.ordinal()] = new FewestRulesNearest(named, byNameThenId);
            }
            closestForNeed = new FewestRulesNearest(
                    StructuralGaps.MAX_CANDIDATES,
                    Comparator.comparing(e -> catalogue.offer(e.position()).id()));
            int[] serving = catalogue.serving(pupil.municipality());
            int next = 0;
            for (int position = 0; position < catalogue.size(); position++) {
                boolean serves = next < serving.length && serving[next] == position;
                if (serves) {
                    next++;
                }
                OfferFacts offer = catalogue.facts(position);
                if (!offer.relatedTo(facts)) {
                    unrelated++;
                } else {
                    int broken = offer.broken(facts, serves);
                    if (broken == 0) {
                        possible.add(position);
                    } else {
                        ruledOut(position, broken);
                    }
                }
            }
        }

        private void ruledOut(int position, int broken) {
            int rules = Integer.bitCount(broken);
            double nearest = catalogue.nearestKm(position, km);
            double distance = Double.isNaN(nearest) ? Double.MAX_VALUE : nearest;
            for (int rule = 0; rule < ruledOut.length; rule++) {
                if ((broken & (1 << rule)) != 0) {
                    ruledOut[rule]++;
                    examples[rule].offer(position, rules, distance);
                }
            }
            if ((broken & NOT_A_CANDIDATE) == 0 && catalogue.facts(position).coversPrimaryNeed(facts)) {
                closestForNeed.offer(position, rules, distance);
            }
        }

        /** A ruled-out offer with every reason, for the answer. */
        private Excluded excluded(FewestRulesNearest.Entry entry, PupilProfile pupil, MatchingRules rules) {
            Offer offer = catalogue.offer(entry.position());
            int broken = catalogue.broken(entry.position(), facts, pupil.municipality());
            return new Excluded(
                    offer.id(),
                    offer.name(),
                    entry.km() == Double.MAX_VALUE ? null : entry.km(),
                    rules.reasons(pupil, offer, broken));
        }
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
    private static List<ExclusionSummary> summaries(PupilProfile pupil, Scan scan, MatchingRules rules) {
        List<ExclusionSummary> summaries = new ArrayList<>();
        for (Exclusion rule : Exclusion.values()) {
            if (scan.ruledOut[rule.ordinal()] > 0) {
                summaries.add(new ExclusionSummary(
                        rule,
                        scan.ruledOut[rule.ordinal()],
                        rules.explanation(rule, pupil),
                        scan.examples[rule.ordinal()].sorted().stream()
                                .map(entry -> scan.excluded(entry, pupil, rules))
                                .toList()));
            }
        }
        return summaries;
    }
}
