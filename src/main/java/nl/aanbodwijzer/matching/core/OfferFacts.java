package nl.aanbodwijzer.matching.core;

import java.util.Collection;
import nl.aanbodwijzer.catalog.Offer;

/**
 * What the hard rules read of one offer, as numbers (a bit per need, sector and level), so that a
 * national catalogue is checked for a pupil in a few milliseconds. The rules themselves are here,
 * once, for a pupil's {@link PupilFacts}.
 */
record OfferFacts(
        int needs,
        int sectors,
        int levels,
        int minAge,
        int maxAge,
        boolean takesPupils,
        int targetGroup,
        boolean tlvRequired,
        boolean careIndicationRequired,
        String onlyPupilsOfSchool) {

    static OfferFacts of(Offer offer) {
        Offer.EntryRequirements entry = offer.entryRequirements();
        return new OfferFacts(
                bits(offer.needs()),
                bits(offer.sectors()),
                bits(offer.levels()),
                offer.minAge() == null ? Integer.MIN_VALUE : offer.minAge(),
                offer.maxAge() == null ? Integer.MAX_VALUE : offer.maxAge(),
                offer.status().takesPupils(),
                offer.targetGroup() == null ? 0 : bit(offer.targetGroup()),
                Boolean.TRUE.equals(entry.tlvRequired()),
                Boolean.TRUE.equals(entry.careIndicationRequired()),
                entry.onlyPupilsOfSchool());
    }

    /** Whether the offer is for any of the pupil's needs, or open to every need; others are only counted. */
    boolean relatedTo(PupilFacts pupil) {
        return needs == 0 || (needs & pupil.needs()) != 0;
    }

    boolean coversSectorAndAge(PupilFacts pupil) {
        return coversSector(pupil) && coversLevel(pupil) && coversAge(pupil);
    }

    /** Covers the primary need, by naming it or by being open to every need, for the pupil's target group. */
    boolean coversPrimaryNeed(PupilFacts pupil) {
        return (needs == 0 || (needs & pupil.primaryNeed()) != 0) && inTargetGroup(pupil);
    }

    boolean meetsEntryRequirements(PupilFacts pupil) {
        return !(tlvRequired && !pupil.hasTlv())
                && !(careIndicationRequired && !pupil.hasCareIndication())
                && (onlyPupilsOfSchool == null || onlyPupilsOfSchool.equals(pupil.enrolledAt()));
    }

    /** The hard rules the offer breaks for the pupil, as bits by {@link Exclusion} ordinal; 0 when it is possible. */
    int broken(PupilFacts pupil, boolean servesMunicipality) {
        int broken = 0;
        broken |= takesPupils ? 0 : bit(Exclusion.STATUS_NOT_AVAILABLE);
        broken |= coversSector(pupil) ? 0 : bit(Exclusion.SECTOR_NOT_COVERED);
        broken |= coversLevel(pupil) ? 0 : bit(Exclusion.LEVEL_NOT_COVERED);
        broken |= coversAge(pupil) ? 0 : bit(Exclusion.AGE_NOT_COVERED);
        broken |= servesMunicipality ? 0 : bit(Exclusion.MUNICIPALITY_NOT_SERVED);
        broken |= inTargetGroup(pupil) ? 0 : bit(Exclusion.TARGET_GROUP_NOT_MET);
        broken |= tlvRequired && !pupil.hasTlv() ? bit(Exclusion.TLV_REQUIRED) : 0;
        broken |= careIndicationRequired && !pupil.hasCareIndication() ? bit(Exclusion.CARE_INDICATION_REQUIRED) : 0;
        broken |= onlyPupilsOfSchool == null || onlyPupilsOfSchool.equals(pupil.enrolledAt())
                ? 0
                : bit(Exclusion.ONLY_PUPILS_OF_SCHOOL);
        return broken;
    }

    private boolean coversSector(PupilFacts pupil) {
        return (sectors & pupil.sector()) != 0;
    }

    private boolean coversLevel(PupilFacts pupil) {
        return pupil.level() == 0 || levels == 0 || (levels & pupil.level()) != 0;
    }

    private boolean coversAge(PupilFacts pupil) {
        return pupil.age() >= minAge && pupil.age() <= maxAge;
    }

    private boolean inTargetGroup(PupilFacts pupil) {
        return targetGroup == 0 || (targetGroup & pupil.targetGroups()) != 0;
    }

    static int bit(Enum<?> value) {
        return 1 << value.ordinal();
    }

    static int bits(Collection<? extends Enum<?>> values) {
        int bits = 0;
        for (Enum<?> value : values) {
            bits |= bit(value);
        }
        return bits;
    }
}
