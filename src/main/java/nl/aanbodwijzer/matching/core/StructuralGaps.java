package nl.aanbodwijzer.matching.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.MunicipalityEntry;
import nl.aanbodwijzer.matching.core.MatchOutcome.Candidate;
import nl.aanbodwijzer.matching.core.MatchOutcome.Finding;
import nl.aanbodwijzer.matching.core.MatchOutcome.Gap;
import nl.aanbodwijzer.matching.core.MatchOutcome.Reason;
import nl.aanbodwijzer.matching.core.MatchOutcome.Suggestion;

/**
 * Why the whole catalogue has no suitable place in time for a pupil. The offers that take pupils are
 * narrowed step by step (serving the municipality, covering sector, level and age, covering the
 * primary need, admitting the pupil); a step that leaves nothing is a reason, and the next step looks
 * at what was left before it, so that every reason that applies is found, most fundamental first. When
 * every step leaves offers, they are full or too late.
 */
final class StructuralGaps {
    static final int MAX_CANDIDATES = 5;
    private static final int NAMED_OFFERS = 3;

    /** One narrowing step: the gap reason when nothing is left, and what an offer needs to stay. */
    private record Step(GapReason reason, BiPredicate<OfferFacts, Boolean> keeps) {}

    private final MatchCatalogue catalogue;
    private final MatchingRules rules;
    private final LocalDate today;

    StructuralGaps(MatchCatalogue catalogue, MatchingRules rules, LocalDate today) {
        this.catalogue = catalogue;
        this.rules = rules;
        this.today = today;
    }

    /**
     * {@code closest} are the ruled-out offers for the primary need that broke the fewest rules, the
     * nearest first (never the offers of other schools for their own pupils, nor ones that take none).
     */
    Gap find(PupilProfile pupil, List<Suggestion> suggestions, List<FewestRulesNearest.Entry> closest, int weeksLeft) {
        PupilFacts facts = PupilFacts.of(pupil);
        BitSet serving = new BitSet(catalogue.size());
        Arrays.stream(catalogue.serving(pupil.municipality())).forEach(serving::set);
        List<Step> steps = List.of(
                new Step(GapReason.NOT_SERVED_IN_MUNICIPALITY, (offer, serves) -> serves),
                new Step(GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE, (offer, serves) -> offer.coversSectorAndAge(facts)),
                new Step(GapReason.NO_OFFER_FOR_NEED, (offer, serves) -> offer.coversPrimaryNeed(facts)),
                new Step(GapReason.ENTRY_REQUIREMENT_NOT_MET, (offer, serves) -> offer.meetsEntryRequirements(facts)));
        int[] left = IntStream.range(0, catalogue.size())
                .filter(position -> catalogue.facts(position).takesPupils())
                .toArray();
        List<Finding> findings = new ArrayList<>();
        for (Step step : steps) {
            int[] kept = Arrays.stream(left)
                    .filter(position -> step.keeps().test(catalogue.facts(position), serving.get(position)))
                    .toArray();
            if (kept.length == 0) {
                boolean served = findings.isEmpty() && step.reason() != GapReason.NOT_SERVED_IN_MUNICIPALITY;
                findings.add(new Finding(step.reason(), explain(step.reason(), pupil, offers(left), served, facts)));
                if (step.reason() == GapReason.NO_OFFER_FOR_NEED) {
                    break; // entry requirements of offers for other needs say nothing
                }
            } else {
                left = kept;
            }
        }
        if (findings.isEmpty()) {
            findings.add(new Finding(GapReason.NO_CAPACITY_IN_TIME, tooLate(offers(left), weeksLeft)));
        }
        return new Gap(List.copyOf(findings), candidates(pupil, suggestions, closest, weeksLeft));
    }

    private List<Offer> offers(int[] positions) {
        return Arrays.stream(positions).mapToObj(catalogue::offer).toList();
    }

    /** {@code served} says whether the offers left serve the pupil's municipality. */
    private String explain(GapReason reason, PupilProfile pupil, List<Offer> left, boolean served, PupilFacts facts) {
        Taxonomy taxonomy = catalogue.taxonomy();
        String town = taxonomy.municipalityName(pupil.municipality());
        String where = served ? " in " + town : "";
        String need = taxonomy.label(pupil.primaryNeed()).toLowerCase();
        return switch (reason) {
            case NOT_SERVED_IN_MUNICIPALITY ->
                "Geen enkel aanbod in de catalogus dat leerlingen aanneemt, bedient " + town + ". "
                        + partnershipAdvice(pupil.municipality(), town);
            case NOT_COVERED_FOR_SECTOR_OR_AGE ->
                "Geen aanbod" + where + " is er voor het "
                        + MatchingRules.lower(pupil.sector())
                        + (pupil.level() == null ? "" : " op niveau " + pupil.level())
                        + " op " + pupil.age() + " jaar.";
            case NO_OFFER_FOR_NEED ->
                "Geen aanbod" + where + " voor deze leerling richt zich op " + need
                        + " of staat open voor elke hulpvraag.";
            case ENTRY_REQUIREMENT_NOT_MET ->
                "Het aanbod dat verder past, laat de leerling niet toe. "
                        + String.join(" ", named(left, offer -> firstEntryReason(pupil, offer, facts)));
            case NO_CAPACITY_IN_TIME -> throw new IllegalArgumentException("explained by tooLate");
        };
    }

    private String partnershipAdvice(String municipality, String town) {
        List<String> partnerships = catalogue
                .taxonomy()
                .municipality(municipality)
                .map(MunicipalityEntry::partnerships)
                .orElse(List.of());
        if (partnerships.isEmpty()) {
            return "Onder welk samenwerkingsverband " + town + " valt, staat niet in de referentiegegevens.";
        }
        return town + " valt voor het voortgezet onderwijs onder " + String.join(" en ", partnerships)
                + ": neem daar contact op.";
    }

    private String firstEntryReason(PupilProfile pupil, Offer offer, PupilFacts facts) {
        int broken = catalogue.broken(catalogue.position(offer.id()), facts, pupil.municipality());
        return rules.reasons(pupil, offer, broken).stream()
                .filter(r -> r.code().gapReason() == GapReason.ENTRY_REQUIREMENT_NOT_MET)
                .map(Reason::detail)
                .findFirst()
                .orElse("");
    }

    private String tooLate(List<Offer> suitable, int weeksLeft) {
        String when = weeksLeft == 0
                ? "heeft nu geen vrije plaats, en na de norm telt alleen een plaats nu"
                : "heeft geen plaats binnen de " + Ranking.weeks(weeksLeft) + " die de norm nog laat";
        List<String> names = Smallest.first(suitable, Comparator.comparing(Offer::name), NAMED_OFFERS).stream()
                .map(Offer::name)
                .toList();
        String more = suitable.size() > NAMED_OFFERS ? " en " + (suitable.size() - NAMED_OFFERS) + " meer" : "";
        return "Het passende aanbod (" + String.join(", ", names) + more + ") " + when + ".";
    }

    /** Up to a few offers by name, each with what the function says of it. */
    private static List<String> named(List<Offer> offers, Function<Offer, String> why) {
        List<String> parts = Smallest.first(offers, Comparator.comparing(Offer::name), NAMED_OFFERS).stream()
                .map(offer -> offer.name() + ": " + lowerFirst(why.apply(offer)))
                .toList();
        List<String> all = new ArrayList<>(parts);
        if (offers.size() > NAMED_OFFERS) {
            all.add("En nog " + (offers.size() - NAMED_OFFERS) + " andere.");
        }
        return all;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The suitable offers that were too late, then the closest of those ruled out. */
    private List<Candidate> candidates(
            PupilProfile pupil, List<Suggestion> suggestions, List<FewestRulesNearest.Entry> closest, int weeksLeft) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        suggestions.stream()
                .filter(Suggestion::suitable)
                .forEach(s -> candidates.put(
                        s.offer().id(),
                        new Candidate(s.offer().id(), s.offer().name(), List.of(waitReason(s, weeksLeft)))));
        PupilFacts facts = PupilFacts.of(pupil);
        int[] serving = catalogue.serving(pupil.municipality());
        for (FewestRulesNearest.Entry entry : closest) {
            Offer offer = catalogue.offer(entry.position());
            boolean serves = Arrays.binarySearch(serving, entry.position()) >= 0;
            List<String> why =
                    rules
                            .reasons(
                                    pupil,
                                    offer,
                                    catalogue.facts(entry.position()).broken(facts, serves))
                            .stream()
                            .map(Reason::detail)
                            .toList();
            candidates.putIfAbsent(offer.id(), new Candidate(offer.id(), offer.name(), why));
        }
        return candidates.values().stream().limit(MAX_CANDIDATES).toList();
    }

    private String waitReason(Suggestion suggestion, int weeksLeft) {
        Integer wait = TimeNorm.waitWeeks(suggestion.offer().capacity(), today);
        String left = Ranking.weeksLeft(weeksLeft);
        return wait == null
                ? "Geen vrije plaats en geen bekende wachttijd; " + left + "."
                : "Eerste plaats over " + Ranking.weeks(wait) + ": te laat, want " + left + ".";
    }
}
