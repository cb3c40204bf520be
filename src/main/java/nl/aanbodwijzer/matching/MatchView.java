package nl.aanbodwijzer.matching;

import java.util.List;
import java.util.Locale;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.Escalation;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.Labelled;
import nl.aanbodwijzer.web.Texts;

/**
 * What matching found, as the coordinator reads it and the case summary prints it: the profile in
 * codes, the norm and stage, the options with their reasons, what was ruled out, and the gap.
 */
public record MatchView(
        List<Fact> profile,
        boolean normApplies,
        String normExplanation,
        Integer weeksLeft,
        String stage,
        String stageMeaning,
        Integer weeksToNextStage,
        List<Option> options,
        List<Ruled> excluded,
        int unrelated,
        List<String> notes,
        Gap gap,
        String caseReference) {

    public record Fact(String label, String value) {}

    /** A suggestion: the offer, whether it has a place in time, the wait, the distance and the reasons. */
    public record Option(
            String offerId,
            String name,
            boolean suitable,
            String inTime,
            String expectedWait,
            String distance,
            List<String> reasons) {}

    /** One rule that ruled offers out: what it means for this pupil, how many, and some of them. */
    public record Ruled(String explanation, int count, List<String> examples) {}

    /** The gap: each reason explained, the best candidates and what kept them out, and whether it was recorded. */
    public record Gap(List<String> reasons, List<Candidate> candidates, boolean recorded, Integer timesMatched) {}

    public record Candidate(String name, List<String> why) {}

    static MatchView of(PupilProfile profile, Matching.Result result, Taxonomy taxonomy, String caseReference) {
        MatchOutcome outcome = result.outcome();
        Escalation escalation = outcome.escalation();
        return new MatchView(
                profile(profile, taxonomy),
                outcome.norm().applies(),
                outcome.norm().explanation(),
                outcome.norm().weeksLeft(),
                escalation.stage().label(),
                escalation.stage().meaning(),
                escalation.weeksToNextStage(),
                outcome.suggestions().stream().map(MatchView::option).toList(),
                outcome.excluded().stream()
                        .map(e -> new Ruled(
                                e.explanation(),
                                e.count(),
                                e.examples().stream()
                                        .map(MatchOutcome.Excluded::offerName)
                                        .toList()))
                        .toList(),
                outcome.unrelated(),
                outcome.notes(),
                outcome.hasGap() ? gap(outcome.gap(), result) : null,
                caseReference);
    }

    private static Option option(MatchOutcome.Suggestion s) {
        return new Option(
                s.offer().id(),
                s.offer().name(),
                s.suitable(),
                switch (s.inTime()) {
                    case YES -> "op tijd een plaats";
                    case NO -> "niet op tijd een plaats";
                    case UNKNOWN -> "onbekend of er op tijd een plaats is";
                },
                s.expectedWaitWeeks() == null
                        ? Texts.UNKNOWN
                        : s.expectedWaitWeeks() == 0
                                ? "nu een plaats"
                                : "ongeveer " + Texts.weeks(s.expectedWaitWeeks()),
                s.distanceKm() == null
                        ? Texts.UNKNOWN
                        : String.format(Locale.forLanguageTag("nl"), "%.0f km", s.distanceKm()),
                s.reasons());
    }

    private static Gap gap(MatchOutcome.Gap gap, Matching.Result result) {
        return new Gap(
                gap.reasons().stream()
                        .map(f -> f.code().label() + ": " + f.explanation())
                        .toList(),
                gap.candidates().stream()
                        .map(c -> new Candidate(c.offerName(), c.why()))
                        .toList(),
                result.gap() != null,
                result.gap() == null ? null : result.gap().timesMatched());
    }

    private static List<Fact> profile(PupilProfile p, Taxonomy taxonomy) {
        return List.of(
                new Fact("Leeftijd", p.age() + " jaar"),
                new Fact("Sector", p.sector().label()),
                new Fact(
                        "Niveau",
                        p.level() == null ? "niet opgegeven" : p.level().label()),
                new Fact("Woongemeente", taxonomy.municipalityName(p.municipality())),
                new Fact(
                        "Ondersteuningsbehoeften",
                        Texts.list(p.needs().stream().map(taxonomy::label).toList())),
                new Fact("Doelgroepen", p.targetGroups().isEmpty() ? "geen" : labels(p.targetGroups())),
                new Fact("Verzuim", p.absenceStatus().label() + ", " + Texts.weeks(p.weeksAbsent())),
                new Fact("Toelaatbaarheidsverklaring", Texts.yesNo(p.hasTlv())),
                new Fact("Zorgindicatie", Texts.yesNo(p.hasCareIndication())),
                new Fact(
                        "Haalbare uren per week",
                        p.hoursPerWeek() == null ? Texts.UNKNOWN : p.hoursPerWeek() + " uur"));
    }

    private static String labels(List<? extends Labelled> values) {
        return Texts.list(values.stream().map(Labelled::label).toList());
    }
}
