package nl.aanbodwijzer.matching.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.MatchOutcome.Suggestion;

/**
 * Scores a possible offer from 0 to 1: the primary need weighs most, then the other needs, being in
 * time, fitting the hours the pupil can manage, being in the pupil's own sub-region, and the free
 * text. Unknown facts count half, so that they neither win nor lose.
 */
final class Ranking {
    static final double PRIMARY_NEED = 0.45;
    static final double OTHER_NEEDS = 0.15;
    static final double IN_TIME = 0.20;
    static final double HOURS = 0.05;
    static final double NEARNESS = 0.05;
    static final double TEXT = 0.10;

    private final Taxonomy taxonomy;

    Ranking(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Suggestion suggest(PupilProfile pupil, Offer offer, float textRelevance) {
        List<String> reasons = new ArrayList<>();
        boolean primary = offer.needs().contains(pupil.primaryNeed());
        double score = primary ? PRIMARY_NEED : 0;
        reasons.add(
                primary
                        ? "Richt zich op de hoofdhulpvraag: " + label(pupil.primaryNeed()) + "."
                        : "Richt zich niet op de hoofdhulpvraag (" + label(pupil.primaryNeed()) + ").");
        score += otherNeeds(pupil, offer, primary, reasons);
        InTime inTime = TimeNorm.inTime(offer.capacity(), pupil.weeksAbsent());
        score += switch (inTime) {
            case YES -> IN_TIME;
            case UNKNOWN -> IN_TIME / 2;
            case NO -> 0;
        };
        reasons.add(timeReason(offer, pupil, inTime));
        score += hours(pupil, offer, reasons);
        score += nearness(pupil, offer, reasons);
        if (textRelevance > 0) {
            score += TEXT * textRelevance;
            reasons.add("Sluit aan bij de beschrijving van de situatie.");
        }
        double rounded = Math.round(score * 1000) / 1000.0;
        return new Suggestion(offer, rounded, inTime, Availability.waitWeeks(offer.capacity()), primary, reasons);
    }

    private double otherNeeds(PupilProfile pupil, Offer offer, boolean primary, List<String> reasons) {
        List<Need> others = pupil.needs().subList(1, pupil.needs().size());
        if (others.isEmpty()) {
            return primary ? OTHER_NEEDS : 0;
        }
        List<Need> covered = others.stream().filter(offer.needs()::contains).toList();
        if (!covered.isEmpty()) {
            reasons.add("Richt zich ook op: "
                    + String.join(", ", covered.stream().map(this::label).toList()) + ".");
        }
        return OTHER_NEEDS * covered.size() / others.size();
    }

    private static String timeReason(Offer offer, PupilProfile pupil, InTime inTime) {
        Capacity capacity = offer.capacity();
        int deadline = TimeNorm.deadlineWeeks(pupil.weeksAbsent());
        String left = deadline == 0
                ? "de norm van 13 weken is verstreken, dus alleen een plaats nu telt"
                : "binnen de norm zijn nog " + deadline + " weken over";
        return switch (inTime) {
            case YES ->
                capacity.free() != null && capacity.free() > 0
                        ? "Er "
                                + (capacity.free() == 1
                                        ? "is nu 1 vrije plaats."
                                        : "zijn nu " + capacity.free() + " vrije plaatsen.")
                        : "Verwachte wachttijd " + capacity.expectedWaitWeeks() + " weken; " + left + ".";
            case NO ->
                capacity.expectedWaitWeeks() == null
                        ? "Geen vrije plaats en geen bekende wachttijd; " + left + "."
                        : "Verwachte wachttijd " + capacity.expectedWaitWeeks() + " weken: te laat, want " + left + ".";
            case UNKNOWN -> "Plaatsen en wachttijd zijn onbekend: vraag ze na bij de aanbieder.";
        };
    }

    private static double hours(PupilProfile pupil, Offer offer, List<String> reasons) {
        Integer min = offer.hoursPerWeek().min();
        if (pupil.hoursPerWeek() == null || (min == null && offer.hoursPerWeek().max() == null)) {
            return HOURS / 2;
        }
        if (min != null && pupil.hoursPerWeek() < min) {
            reasons.add("Vraagt minstens " + min + " uur per week; haalbaar is " + pupil.hoursPerWeek() + " uur.");
            return 0;
        }
        reasons.add("Past bij de " + pupil.hoursPerWeek() + " uur per week die haalbaar zijn.");
        return HOURS;
    }

    private double nearness(PupilProfile pupil, Offer offer, List<String> reasons) {
        List<String> home = taxonomy.subregionsOf(pupil.municipality());
        List<String> places = offer.locations().stream()
                .map(Offer.Location::municipalityCode)
                .filter(Objects::nonNull)
                .flatMap(code -> taxonomy.subregionsOf(code).stream())
                .toList();
        if (home.isEmpty() || places.isEmpty()) {
            return NEARNESS / 2;
        }
        if (places.stream().anyMatch(home::contains)) {
            reasons.add("Ligt in de eigen subregio van de leerling.");
            return NEARNESS;
        }
        reasons.add("Ligt buiten de eigen subregio van de leerling.");
        return 0;
    }

    private String label(Need need) {
        return taxonomy.label(need).toLowerCase();
    }
}
