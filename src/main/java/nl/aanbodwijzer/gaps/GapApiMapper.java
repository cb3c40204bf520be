package nl.aanbodwijzer.gaps;

import java.time.ZoneOffset;
import nl.aanbodwijzer.api.model.Gap;
import nl.aanbodwijzer.matching.MatchApiMapper;
import nl.aanbodwijzer.system.Codes;

/** Maps kept gaps to the API's generated model: shown as matching shows them, with what became of them. */
final class GapApiMapper {
    private GapApiMapper() {}

    static Gap toApi(RecordedGap gap) {
        return MatchApiMapper.gap(gap.receipt(), gap.profile(), gap.findings(), gap.escalation())
                .open(gap.open())
                .status(Codes.to(nl.aanbodwijzer.api.model.GapStatus.class, gap.status()))
                .placeFoundOfferId(gap.placeFoundOfferId())
                .placeFoundAt(
                        gap.placeFoundAt() == null ? null : gap.placeFoundAt().atZone(ZoneOffset.UTC))
                .daysToOutcome(gap.daysToOutcome())
                .outcome(Codes.to(nl.aanbodwijzer.api.model.GapOutcome.class, gap.outcome()))
                .placedOfferId(gap.placedOfferId())
                .resolvedAt(gap.resolvedAt() == null ? null : gap.resolvedAt().atZone(ZoneOffset.UTC));
    }
}
