package nl.aanbodwijzer.matching.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.MatchOutcome.Reason;
import nl.aanbodwijzer.system.Labelled;

/**
 * What the hard rules ({@link OfferFacts} checks them) say to a person: the reason for each rule an
 * offer breaks, and what a rule means for a pupil, in Dutch that names towns and schools, never codes.
 */
final class MatchingRules {
    private static final String NO_TLV = "Vraagt een toelaatbaarheidsverklaring (TLV); die heeft de leerling niet.";
    private static final String NO_CARE_INDICATION =
            "Vraagt een indicatie of verwijzing voor jeugdhulp of ggz; die heeft de leerling niet.";

    private final Taxonomy taxonomy;

    MatchingRules(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * The reason for each hard rule in {@code broken} (bits by {@link Exclusion} ordinal, as {@link
     * OfferFacts#broken} answers them), in the rules' order.
     */
    List<Reason> reasons(PupilProfile pupil, Offer offer, int broken) {
        List<Reason> reasons = new ArrayList<>();
        for (Exclusion rule : Exclusion.values()) {
            if ((broken & OfferFacts.bit(rule)) != 0) {
                reasons.add(new Reason(rule, reason(rule, pupil, offer)));
            }
        }
        return reasons;
    }

    private String reason(Exclusion rule, PupilProfile pupil, Offer offer) {
        return switch (rule) {
            case STATUS_NOT_AVAILABLE -> "Status " + lower(offer.status()) + ": neemt (nog) geen leerlingen aan.";
            case SECTOR_NOT_COVERED ->
                "Alleen voor " + labels(offer.sectors()) + "; de leerling zit in het " + lower(pupil.sector()) + ".";
            case LEVEL_NOT_COVERED ->
                "Alleen voor "
                        + String.join(
                                ", ", offer.levels().stream().map(Enum::name).toList())
                        + "; de leerling volgt " + pupil.level() + ".";
            case AGE_NOT_COVERED -> "Voor leeftijd " + range(offer) + "; de leerling is " + pupil.age() + ".";
            case MUNICIPALITY_NOT_SERVED -> "Bedient " + taxonomy.municipalityName(pupil.municipality()) + " niet.";
            case TARGET_GROUP_NOT_MET ->
                "Alleen voor " + offer.targetGroup().label() + "; dat is voor de leerling niet opgegeven.";
            case TLV_REQUIRED -> NO_TLV;
            case CARE_INDICATION_REQUIRED -> NO_CARE_INDICATION;
            case ONLY_PUPILS_OF_SCHOOL -> {
                String only = "Alleen voor leerlingen van "
                        + taxonomy.schoolName(offer.entryRequirements().onlyPupilsOfSchool());
                yield pupil.absenceStatus() == AbsenceStatus.ABSOLUUT_VERZUIM
                        ? only + "; de leerling staat nergens ingeschreven."
                        : only + ".";
            }
        };
    }

    /** What a rule means for this pupil, for the summary of the offers it ruled out. */
    String explanation(Exclusion code, PupilProfile pupil) {
        String town = taxonomy.municipalityName(pupil.municipality());
        return switch (code) {
            case STATUS_NOT_AVAILABLE -> "Gepland of gesloten: neemt (nog) geen leerlingen aan.";
            case SECTOR_NOT_COVERED -> "Niet voor het " + lower(pupil.sector()) + ".";
            case LEVEL_NOT_COVERED -> "Niet voor het niveau " + pupil.level() + ".";
            case AGE_NOT_COVERED -> "Niet voor leerlingen van " + pupil.age() + " jaar.";
            case MUNICIPALITY_NOT_SERVED -> "Bedient " + town + " niet.";
            case TARGET_GROUP_NOT_MET ->
                "Alleen voor een doelgroep die niet voor de leerling is opgegeven, zoals leerlingen die anders naar"
                        + " het speciaal onderwijs verwezen zouden worden.";
            case TLV_REQUIRED -> NO_TLV;
            case CARE_INDICATION_REQUIRED -> NO_CARE_INDICATION;
            case ONLY_PUPILS_OF_SCHOOL ->
                pupil.absenceStatus() == AbsenceStatus.ABSOLUUT_VERZUIM
                        ? "Voorzieningen van scholen, alleen voor hun eigen leerlingen; de leerling staat nergens"
                                + " ingeschreven. Ze worden geteld, niet genoemd."
                        : "Voorzieningen van andere scholen, alleen voor hun eigen leerlingen. Ze worden geteld, niet"
                                + " genoemd.";
        };
    }

    static String lower(Labelled value) {
        return value.label().toLowerCase(Locale.ROOT);
    }

    private static String labels(List<? extends Labelled> values) {
        return String.join(", ", values.stream().map(MatchingRules::lower).toList());
    }

    private static String range(Offer offer) {
        return (offer.minAge() == null ? "" : offer.minAge()) + "–" + (offer.maxAge() == null ? "" : offer.maxAge());
    }
}
