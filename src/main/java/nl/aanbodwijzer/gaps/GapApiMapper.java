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
import nl.aanbodwijzer.system.Codes;

/** Maps recorded gaps to the API's generated model. */
public final class GapApiMapper {
    private GapApiMapper() {}

    public static Gap toApi(RecordedGap gap) {
        PupilProfile p = gap.profile();
        GapProfile profile = new GapProfile(
                        p.age(),
                        Codes.to(Sector.class, p.sector()),
                        p.municipality(),
                        p.needs().stream().map(n -> Codes.to(Need.class, n)).toList(),
                        Codes.to(AbsenceStatus.class, p.absenceStatus()),
                        p.weeksAbsent(),
                        p.hasTlv(),
                        p.hasCareIndication())
                .level(p.level() == null ? null : Codes.to(Level.class, p.level()))
                .hoursPerWeek(p.hoursPerWeek());
        return new Gap(
                        gap.id(),
                        utc(gap.recordedAt()),
                        utc(gap.updatedAt()),
                        gap.timesMatched(),
                        profile,
                        gap.reasons().stream()
                                .map(r -> Codes.to(GapReason.class, r))
                                .toList(),
                        gap.candidates().stream()
                                .map(c -> new GapCandidate(c.offerId(), c.offerName(), c.why()))
                                .toList(),
                        gap.open())
                .outcome(
                        gap.outcome() == null
                                ? null
                                : Codes.to(nl.aanbodwijzer.api.model.GapOutcome.class, gap.outcome()))
                .placedOfferId(gap.placedOfferId())
                .resolvedAt(utc(gap.resolvedAt()));
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC);
    }
}
