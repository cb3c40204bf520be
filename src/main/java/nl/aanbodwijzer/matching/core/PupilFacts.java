package nl.aanbodwijzer.matching.core;

/**
 * What the hard rules read of a pupil, as bits to compare with an offer's {@link OfferFacts}: needs,
 * the primary need, sector and level (0 when not given), age, target groups, and the school the
 * pupil is enrolled at (null when none is given or the pupil is enrolled nowhere).
 */
record PupilFacts(
        int needs,
        int primaryNeed,
        int sector,
        int level,
        int age,
        int targetGroups,
        boolean hasTlv,
        boolean hasCareIndication,
        String enrolledAt) {

    static PupilFacts of(PupilProfile pupil) {
        return new PupilFacts(
                OfferFacts.bits(pupil.needs()),
                OfferFacts.bit(pupil.primaryNeed()),
                pupil.sector() == null ? 0 : OfferFacts.bit(pupil.sector()),
                pupil.level() == null ? 0 : OfferFacts.bit(pupil.level()),
                pupil.age(),
                OfferFacts.bits(pupil.targetGroups()),
                pupil.hasTlv(),
                pupil.hasCareIndication(),
                pupil.absenceStatus() == AbsenceStatus.ABSOLUUT_VERZUIM ? null : pupil.school());
    }
}
