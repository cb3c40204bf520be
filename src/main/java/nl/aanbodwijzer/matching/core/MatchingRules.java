package nl.aanbodwijzer.matching.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.MatchOutcome.Reason;
import nl.aanbodwijzer.system.Labelled;

/**
 * The hard rules: each one that an offer breaks for a pupil rules it out, with a reason in Dutch that
 * names towns and schools, never codes.
 */
final class MatchingRules {
    private static final String NO_TLV = "Vraagt een toelaatbaarheidsverklaring (TLV); die heeft de leerling niet.";
    private static final String NO_CARE_INDICATION =
            "Vraagt een indicatie of verwijzing voor jeugdhulp of ggz; die heeft de leerling niet.";

    private final Taxonomy taxonomy;

    MatchingRules(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Whether the offer is for any of the pupil's needs, or open to every need; others are only counted. */
    static boolean related(PupilProfile pupil, Offer offer) {
        if (offer.openToEveryNeed()) {
            return true;
        }
        for (Need need : offer.needs()) { // a loop: this runs for every offer of the country on every match
            if (pupil.needs().contains(need)) {
                return true;
            }
        }
        return false;
    }

    static boolean servesMunicipality(PupilProfile pupil, Offer offer) {
        return offer.municipalities().contains(pupil.municipality());
    }

    static boolean coversSectorAndAge(PupilProfile pupil, Offer offer) {
        return offer.sectors().contains(pupil.sector()) && coversLevel(pupil, offer) && coversAge(pupil, offer);
    }

    /** Covers the primary need, by naming it or by being open to every need, for the pupil's target group. */
    static boolean coversPrimaryNeed(PupilProfile pupil, Offer offer) {
        return (offer.openToEveryNeed() || offer.needs().contains(pupil.primaryNeed())) && inTargetGroup(pupil, offer);
    }

    static boolean meetsEntryRequirements(PupilProfile pupil, Offer offer) {
        Offer.EntryRequirements entry = offer.entryRequirements();
        return !(Boolean.TRUE.equals(entry.tlvRequired()) && !pupil.hasTlv())
                && !(Boolean.TRUE.equals(entry.careIndicationRequired()) && !pupil.hasCareIndication())
                && (entry.onlyPupilsOfSchool() == null || ownSchool(pupil, entry.onlyPupilsOfSchool()));
    }

    /** Every hard rule the offer breaks for the pupil; empty when it is possible. */
    List<Reason> exclusions(PupilProfile pupil, Offer offer) {
        List<Reason> reasons = new ArrayList<>();
        if (!offer.status().takesPupils()) {
            reasons.add(new Reason(
                    Exclusion.STATUS_NOT_AVAILABLE,
                    "Status " + lower(offer.status()) + ": neemt (nog) geen leerlingen aan."));
        }
        if (!offer.sectors().contains(pupil.sector())) {
            reasons.add(new Reason(
                    Exclusion.SECTOR_NOT_COVERED,
                    "Alleen voor " + labels(offer.sectors()) + "; de leerling zit in het " + lower(pupil.sector())
                            + "."));
        }
        if (!coversLevel(pupil, offer)) {
            reasons.add(new Reason(
                    Exclusion.LEVEL_NOT_COVERED,
                    "Alleen voor "
                            + String.join(
                                    ", ",
                                    offer.levels().stream().map(Enum::name).toList()) + "; de leerling volgt "
                            + pupil.level() + "."));
        }
        if (!coversAge(pupil, offer)) {
            reasons.add(new Reason(
                    Exclusion.AGE_NOT_COVERED,
                    "Voor leeftijd " + range(offer) + "; de leerling is " + pupil.age() + "."));
        }
        if (!servesMunicipality(pupil, offer)) {
            reasons.add(new Reason(
                    Exclusion.MUNICIPALITY_NOT_SERVED,
                    "Bedient " + taxonomy.municipalityName(pupil.municipality()) + " niet."));
        }
        if (!inTargetGroup(pupil, offer)) {
            reasons.add(new Reason(
                    Exclusion.TARGET_GROUP_NOT_MET,
                    "Alleen voor " + offer.targetGroup().label() + "; dat is voor de leerling niet opgegeven."));
        }
        entryReasons(pupil, offer, reasons);
        return reasons;
    }

    private void entryReasons(PupilProfile pupil, Offer offer, List<Reason> reasons) {
        Offer.EntryRequirements entry = offer.entryRequirements();
        if (Boolean.TRUE.equals(entry.tlvRequired()) && !pupil.hasTlv()) {
            reasons.add(new Reason(Exclusion.TLV_REQUIRED, NO_TLV));
        }
        if (Boolean.TRUE.equals(entry.careIndicationRequired()) && !pupil.hasCareIndication()) {
            reasons.add(new Reason(Exclusion.CARE_INDICATION_REQUIRED, NO_CARE_INDICATION));
        }
        String school = entry.onlyPupilsOfSchool();
        if (school != null && !ownSchool(pupil, school)) {
            String only = "Alleen voor leerlingen van " + taxonomy.schoolName(school);
            reasons.add(new Reason(
                    Exclusion.ONLY_PUPILS_OF_SCHOOL,
                    pupil.absenceStatus() == AbsenceStatus.ABSOLUUT_VERZUIM
                            ? only + "; de leerling staat nergens ingeschreven."
                            : only + "."));
        }
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

    private static boolean coversLevel(PupilProfile pupil, Offer offer) {
        return pupil.level() == null
                || offer.levels().isEmpty()
                || offer.levels().contains(pupil.level());
    }

    private static boolean coversAge(PupilProfile pupil, Offer offer) {
        return (offer.minAge() == null || pupil.age() >= offer.minAge())
                && (offer.maxAge() == null || pupil.age() <= offer.maxAge());
    }

    private static boolean inTargetGroup(PupilProfile pupil, Offer offer) {
        return offer.targetGroup() == null || pupil.targetGroups().contains(offer.targetGroup());
    }

    /** A school-internal offer admits only pupils enrolled at that school location. */
    private static boolean ownSchool(PupilProfile pupil, String school) {
        return pupil.absenceStatus() != AbsenceStatus.ABSOLUUT_VERZUIM && school.equals(pupil.school());
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
