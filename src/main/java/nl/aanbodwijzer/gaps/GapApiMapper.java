package nl.aanbodwijzer.gaps;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import nl.aanbodwijzer.api.model.AbsenceStatus;
import nl.aanbodwijzer.api.model.Gap;
import nl.aanbodwijzer.api.model.GapCandidate;
import nl.aanbodwijzer.api.model.GapProfile;
import nl.aanbodwijzer.api.model.GapReason;
import nl.aanbodwijzer.api.model.Level;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.api.model.Sector;
import nl.aanbodwijzer.matching.core.PupilProfile;

/** Maps recorded gaps to the API's generated model. */
public final class GapApiMapper {
    private GapApiMapper() {}

    public static Gap toApi(RecordedGap gap) {
        PupilProfile p = gap.profile();
        GapProfile profile = new GapProfile(
                        p.age(),
                        Sector.valueOf(p.sector().name()),
                        p.municipality(),
                        p.needs().stream().map(n -> Need.valueOf(n.name())).toList(),
                        AbsenceStatus.valueOf(p.absenceStatus().name()),
                        p.weeksAbsent(),
                        p.hasTlv(),
                        p.hasCareIndication())
                .level(p.level() == null ? null : Level.valueOf(p.level().name()))
                .hoursPerWeek(p.hoursPerWeek());
        return new Gap(
                        gap.id(),
                        utc(gap.recordedAt()),
                        utc(gap.updatedAt()),
                        gap.timesMatched(),
                        profile,
                        gap.reasons().stream()
                                .map(r -> GapReason.valueOf(r.name()))
                                .toList(),
                        gap.candidates().stream()
                                .map(c -> new GapCandidate(c.offerId(), c.offerName(), c.why()))
                                .toList(),
                        gap.open())
                .outcome(
                        gap.outcome() == null
                                ? null
                                : nl.aanbodwijzer.api.model.GapOutcome.valueOf(
                                        gap.outcome().name()))
                .placedOfferId(gap.placedOfferId())
                .resolvedAt(utc(gap.resolvedAt()));
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC);
    }
}
