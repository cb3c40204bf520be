package nl.aanbodwijzer.matching.core;

import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.matching.core.MatchOutcome.Reason;

/** The hard rules: each one that an offer breaks for a pupil rules it out, with a reason in Dutch. */
final class MatchingRules {
    private MatchingRules() {}

    /** Whether the offer is for any of the pupil's needs; offers for none are left out of the answer. */
    static boolean related(PupilProfile pupil, Offer offer) {
        return offer.needs().stream().anyMatch(pupil.needs()::contains);
    }

    /** Every hard rule the offer breaks for the pupil; empty when it is possible. */
    static List<Reason> exclusions(PupilProfile pupil, Offer offer) {
        List<Reason> reasons = new ArrayList<>();
        if (!offer.status().takesPupils()) {
            add(
                    reasons,
                    Exclusion.STATUS_NOT_AVAILABLE,
                    "Status " + offer.status().label().toLowerCase() + ": neemt (nog) geen leerlingen aan.");
        }
        if (!offer.sectors().contains(pupil.sector())) {
            add(
                    reasons,
                    Exclusion.SECTOR_NOT_COVERED,
                    "Alleen voor " + names(offer.sectors()) + "; de leerling zit in " + pupil.sector() + ".");
        }
        if (pupil.level() != null
                && !offer.levels().isEmpty()
                && !offer.levels().contains(pupil.level())) {
            add(
                    reasons,
                    Exclusion.LEVEL_NOT_COVERED,
                    "Alleen voor " + names(offer.levels()) + "; de leerling volgt " + pupil.level() + ".");
        }
        if ((offer.minAge() != null && pupil.age() < offer.minAge())
                || (offer.maxAge() != null && pupil.age() > offer.maxAge())) {
            add(
                    reasons,
                    Exclusion.AGE_NOT_COVERED,
                    "Voor leeftijd " + range(offer) + "; de leerling is " + pupil.age() + ".");
        }
        if (!offer.municipalities().contains(pupil.municipality())) {
            add(
                    reasons,
                    Exclusion.MUNICIPALITY_NOT_SERVED,
                    "Bedient de gemeente van de leerling (" + pupil.municipality() + ") niet.");
        }
        if (Boolean.TRUE.equals(offer.entryRequirements().tlvRequired()) && !pupil.hasTlv()) {
            add(
                    reasons,
                    Exclusion.TLV_REQUIRED,
                    "Vraagt een toelaatbaarheidsverklaring (TLV); die heeft de leerling niet.");
        }
        if (Boolean.TRUE.equals(offer.entryRequirements().careIndicationRequired()) && !pupil.hasCareIndication()) {
            add(
                    reasons,
                    Exclusion.CARE_INDICATION_REQUIRED,
                    "Vraagt een indicatie of verwijzing voor jeugdhulp of ggz; die heeft de leerling niet.");
        }
        String school = offer.entryRequirements().onlyPupilsOfSchool();
        if (school != null && !ownSchool(pupil, school)) {
            add(
                    reasons,
                    Exclusion.ONLY_PUPILS_OF_SCHOOL,
                    pupil.absenceStatus() == AbsenceStatus.ABSOLUUT_VERZUIM
                            ? "Alleen voor leerlingen van school " + school
                                    + "; de leerling staat nergens ingeschreven."
                            : "Alleen voor leerlingen van school " + school + ".");
        }
        return reasons;
    }

    /** A school-internal offer admits only pupils enrolled at that school location. */
    private static boolean ownSchool(PupilProfile pupil, String school) {
        return pupil.absenceStatus() != AbsenceStatus.ABSOLUUT_VERZUIM && school.equals(pupil.school());
    }

    private static String names(List<? extends Enum<?>> values) {
        return String.join(", ", values.stream().map(Enum::name).toList());
    }

    private static String range(Offer offer) {
        return (offer.minAge() == null ? "" : offer.minAge()) + "–" + (offer.maxAge() == null ? "" : offer.maxAge());
    }

    private static void add(List<Reason> reasons, Exclusion code, String detail) {
        reasons.add(new Reason(code, detail));
    }
}
