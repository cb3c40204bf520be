package nl.aanbodwijzer.matching.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.MatchOutcome.Suggestion;

/**
 * Scores a possible offer from 0 to 1: fitting the primary need weighs most (an offer open to every
 * need less than one made for it), then the other needs, being in time, fitting the hours the pupil
 * can manage, nearness and the free text. Unknown facts count half, so that they neither win nor lose.
 */
final class Ranking {
    static final double PRIMARY_NEED = 0.40;
    static final double OPEN_TO_EVERY_NEED = 0.25;
    static final double OTHER_NEEDS = 0.15;
    static final double IN_TIME = 0.20;
    static final double HOURS = 0.10;
    static final double NEARNESS = 0.05;
    static final double TEXT = 0.10;
    /** Beyond this distance an offer earns nothing for nearness. */
    static final double FAR_KM = 40;

    private final Taxonomy taxonomy;
    private final LocalDate today;

    Ranking(Taxonomy taxonomy, LocalDate today) {
        this.taxonomy = taxonomy;
        this.today = today;
    }

    /**
     * {@code suitable}: the offer covers the primary need; {@code km}: to its nearest location (null
     * if unknown); {@code weeksLeft} is the horizon for being in time: the weeks the norm leaves, or
     * the whole norm.
     */
    Suggestion suggest(
            PupilProfile pupil,
            Offer offer,
            boolean suitable,
            Double km,
            float textRelevance,
            int weeksLeft,
            boolean normApplies) {
        List<String> reasons = new ArrayList<>();
        double score = needFit(pupil, offer, suitable, reasons);
        score += otherNeeds(pupil, offer, suitable, reasons);
        InTime inTime = TimeNorm.inTime(offer.capacity(), today, weeksLeft);
        score += switch (inTime) {
            case YES -> IN_TIME;
            case UNKNOWN -> IN_TIME / 2;
            case NO -> 0;
        };
        Integer wait = TimeNorm.waitWeeks(offer.capacity(), today);
        reasons.add(timeReason(offer.capacity(), wait, inTime, weeksLeft, normApplies));
        score += HOURS * Intensity.fit(pupil.hoursPerWeek(), offer.hoursPerWeek(), reasons);
        score += nearness(pupil, offer, km, reasons);
        if (textRelevance > 0) {
            score += TEXT * textRelevance;
            reasons.add("Sluit aan bij de beschrijving van de situatie.");
        }
        double rounded = Math.round(score * 1000) / 1000.0;
        return new Suggestion(offer, rounded, inTime, wait, suitable, km, reasons);
    }

    /** A target group the pupil is in counts as a specific fit, like naming the primary need. */
    private double needFit(PupilProfile pupil, Offer offer, boolean suitable, List<String> reasons) {
        String need = label(pupil.primaryNeed());
        if (!suitable) {
            reasons.add("Richt zich niet op de hoofdhulpvraag (" + need + ").");
            return 0;
        }
        if (offer.targetGroup() != null) {
            reasons.add("Bedoeld voor " + offer.targetGroup().label() + "; dat geldt voor deze leerling.");
        }
        if (offer.needs().contains(pupil.primaryNeed())) {
            reasons.add("Richt zich op de hoofdhulpvraag: " + need + ".");
            return PRIMARY_NEED;
        }
        reasons.add("Noemt geen specifieke hulpvragen en staat open voor elke hulpvraag, ook " + need + ".");
        return offer.targetGroup() != null ? PRIMARY_NEED : OPEN_TO_EVERY_NEED;
    }

    /** Without other needs a suitable offer earns this part in full; an open offer covers them by half. */
    private double otherNeeds(PupilProfile pupil, Offer offer, boolean suitable, List<String> reasons) {
        List<Need> others = pupil.needs().subList(1, pupil.needs().size());
        if (others.isEmpty()) {
            return suitable ? OTHER_NEEDS : 0;
        }
        if (offer.openToEveryNeed()) {
            return OTHER_NEEDS / 2;
        }
        List<Need> covered = others.stream().filter(offer.needs()::contains).toList();
        if (!covered.isEmpty()) {
            reasons.add("Richt zich ook op: "
                    + String.join(", ", covered.stream().map(this::label).toList()) + ".");
        }
        return OTHER_NEEDS * covered.size() / others.size();
    }

    private static String timeReason(
            Capacity capacity, Integer wait, InTime inTime, int weeksLeft, boolean normApplies) {
        String left = normApplies ? weeksLeft(weeksLeft) : "de thuiszittersnorm geldt niet voor deze leerling";
        Integer free = capacity.free();
        if (free != null && free > 0) {
            return free == 1 ? "Er is nu 1 vrije plaats." : "Er zijn nu " + free + " vrije plaatsen.";
        }
        if (inTime == InTime.UNKNOWN) {
            return "Plaatsen en wachttijd zijn onbekend: vraag ze na bij de aanbieder.";
        }
        if (wait == null) {
            return "Geen vrije plaats en geen bekende wachttijd; " + left + ".";
        }
        String when = capacity.nextIntake() != null && !Objects.equals(wait, capacity.expectedWaitWeeks())
                ? "Volgende instroom over " + weeks(wait) + " (" + capacity.nextIntake() + ")"
                : "Verwachte wachttijd " + weeks(wait);
        return when + (inTime == InTime.YES ? "; " : ": te laat, want ") + left + ".";
    }

    private double nearness(PupilProfile pupil, Offer offer, Double km, List<String> reasons) {
        List<String> home = taxonomy.subregionsOf(pupil.municipality());
        List<String> places = offer.locations().stream()
                .map(Offer.Location::municipalityCode)
                .filter(Objects::nonNull)
                .flatMap(code -> taxonomy.subregionsOf(code).stream())
                .toList();
        boolean sameSubregion = places.stream().anyMatch(home::contains);
        if (!home.isEmpty() && !places.isEmpty()) {
            reasons.add(
                    sameSubregion
                            ? "Ligt in de eigen subregio van de leerling."
                            : "Ligt buiten de eigen subregio van de leerling.");
        }
        if (km != null) {
            reasons.add(
                    km < 1
                            ? "Ligt in de woongemeente van de leerling ("
                                    + taxonomy.municipalityName(pupil.municipality()) + ")."
                            : "Ligt op ca. " + Math.round(km) + " km van de woongemeente van de leerling.");
            return NEARNESS * Math.max(0, 1 - km / FAR_KM);
        }
        if (home.isEmpty() || places.isEmpty()) {
            return NEARNESS / 2;
        }
        return sameSubregion ? NEARNESS : 0;
    }

    /** What the norm leaves, as a clause: "binnen de norm zijn nog 5 weken over". */
    static String weeksLeft(int weeksLeft) {
        return weeksLeft == 0
                ? "de norm is verstreken, dus alleen een plaats nu telt"
                : "binnen de norm zijn nog " + weeks(weeksLeft) + " over";
    }

    static String weeks(int count) {
        return count == 1 ? "1 week" : count + " weken";
    }

    private String label(Need need) {
        return taxonomy.label(need).toLowerCase();
    }
}
