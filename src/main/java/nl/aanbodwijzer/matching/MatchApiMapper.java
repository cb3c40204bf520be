package nl.aanbodwijzer.matching;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import nl.aanbodwijzer.api.model.ExcludedOffer;
import nl.aanbodwijzer.api.model.ExclusionReason;
import nl.aanbodwijzer.api.model.ExclusionReasonCode;
import nl.aanbodwijzer.api.model.ExclusionSummary;
import nl.aanbodwijzer.api.model.Gap;
import nl.aanbodwijzer.api.model.GapCandidate;
import nl.aanbodwijzer.api.model.GapFinding;
import nl.aanbodwijzer.api.model.GapFindings;
import nl.aanbodwijzer.api.model.GapProfile;
import nl.aanbodwijzer.api.model.GapStatus;
import nl.aanbodwijzer.api.model.MatchNorm;
import nl.aanbodwijzer.api.model.MatchRequest;
import nl.aanbodwijzer.api.model.MatchResult;
import nl.aanbodwijzer.api.model.MatchSuggestion;
import nl.aanbodwijzer.api.model.MatchSuggestionInTime;
import nl.aanbodwijzer.api.model.OfferSummary;
import nl.aanbodwijzer.capacity.CapacityApiMapper;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.matching.core.AbsenceStatus;
import nl.aanbodwijzer.matching.core.Escalation;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.Codes;

/**
 * Maps matching between the domain and the API's generated model: the profile asked about, and the
 * answer. A gap is shown with the profile and findings it was recorded for; the gaps feature shows
 * the gaps it keeps the same way.
 */
public final class MatchApiMapper {
    private MatchApiMapper() {}

    static PupilProfile profile(MatchRequest request) {
        return new PupilProfile(
                request.getAge(),
                Codes.to(Sector.class, request.getSector()),
                Codes.to(Level.class, request.getLevel()),
                request.getMunicipality(),
                Codes.toAll(Need.class, request.getNeeds()).stream().distinct().toList(),
                request.getTargetGroups() == null
                        ? List.of()
                        : Codes.toAll(TargetGroup.class, request.getTargetGroups()).stream()
                                .distinct()
                                .toList(),
                Codes.to(AbsenceStatus.class, request.getAbsenceStatus()),
                request.getWeeksAbsent(),
                request.getHasTlv(),
                request.getHasCareIndication(),
                request.getHoursPerWeek(),
                request.getSchool());
    }

    static MatchResult result(PupilProfile profile, Matching.Result result) {
        MatchOutcome outcome = result.outcome();
        MatchOutcome.Norm norm = outcome.norm();
        return new MatchResult(
                        new MatchNorm(norm.applies(), norm.normWeeks(), norm.explanation()),
                        escalation(outcome.escalation()),
                        outcome.suggestions().stream()
                                .map(MatchApiMapper::suggestion)
                                .toList(),
                        outcome.excluded().stream().map(MatchApiMapper::summary).toList(),
                        outcome.unrelated(),
                        outcome.notes())
                .deadlineWeeks(norm.weeksLeft())
                .gapFindings(
                        outcome.hasGap()
                                ? new GapFindings(
                                        findings(outcome.gap()), candidates(outcome.gap()), result.gap() != null)
                                : null)
                .gap(result.gap() == null ? null : gap(result.gap(), profile, outcome.gap(), outcome.escalation()));
    }

    /** A gap as kept, shown open (recording it again opens it again), its reasons most fundamental first. */
    public static Gap gap(GapReceipt receipt, PupilProfile profile, MatchOutcome.Gap findings, Escalation escalation) {
        return new Gap(
                receipt.id(),
                utc(receipt.recordedAt()),
                utc(receipt.updatedAt()),
                receipt.timesMatched(),
                gapProfile(profile),
                findings(findings),
                candidates(findings),
                escalation(escalation),
                GapStatus.OPEN,
                true);
    }

    private static List<GapFinding> findings(MatchOutcome.Gap gap) {
        return gap.reasons().stream()
                .map(f ->
                        new GapFinding(Codes.to(nl.aanbodwijzer.api.model.GapReason.class, f.code()), f.explanation()))
                .toList();
    }

    private static List<GapCandidate> candidates(MatchOutcome.Gap gap) {
        return gap.candidates().stream()
                .map(c -> new GapCandidate(c.offerId(), c.offerName(), c.why()))
                .toList();
    }

    private static nl.aanbodwijzer.api.model.Escalation escalation(Escalation escalation) {
        return new nl.aanbodwijzer.api.model.Escalation(
                        Codes.to(nl.aanbodwijzer.api.model.EscalationStage.class, escalation.stage()),
                        escalation.stage().label(),
                        escalation.stage().meaning())
                .weeksToNextStage(escalation.weeksToNextStage());
    }

    private static GapProfile gapProfile(PupilProfile p) {
        return new GapProfile(
                        p.age(),
                        Codes.to(nl.aanbodwijzer.api.model.Sector.class, p.sector()),
                        p.municipality(),
                        Codes.toAll(nl.aanbodwijzer.api.model.Need.class, p.needs()),
                        Codes.toAll(nl.aanbodwijzer.api.model.TargetGroup.class, p.targetGroups()),
                        Codes.to(nl.aanbodwijzer.api.model.AbsenceStatus.class, p.absenceStatus()),
                        p.weeksAbsent(),
                        p.hasTlv(),
                        p.hasCareIndication())
                .level(Codes.to(nl.aanbodwijzer.api.model.Level.class, p.level()))
                .hoursPerWeek(p.hoursPerWeek());
    }

    private static MatchSuggestion suggestion(MatchOutcome.Suggestion suggestion) {
        Offer offer = suggestion.offer();
        return new MatchSuggestion(
                        new OfferSummary(
                                offer.id(),
                                offer.name(),
                                Codes.to(nl.aanbodwijzer.api.model.OfferType.class, offer.type()),
                                CapacityApiMapper.toApi(offer.capacity())),
                        suggestion.score(),
                        Codes.to(MatchSuggestionInTime.class, suggestion.inTime()),
                        suggestion.suitable(),
                        suggestion.reasons())
                .expectedWaitWeeks(suggestion.expectedWaitWeeks())
                .distanceKm(suggestion.distanceKm());
    }

    private static ExclusionSummary summary(MatchOutcome.ExclusionSummary summary) {
        return new ExclusionSummary(
                Codes.to(ExclusionReasonCode.class, summary.code()),
                summary.count(),
                summary.explanation(),
                summary.examples().stream().map(MatchApiMapper::excluded).toList());
    }

    private static ExcludedOffer excluded(MatchOutcome.Excluded excluded) {
        return new ExcludedOffer(
                        excluded.offerId(),
                        excluded.offerName(),
                        excluded.reasons().stream()
                                .map(r ->
                                        new ExclusionReason(Codes.to(ExclusionReasonCode.class, r.code()), r.detail()))
                                .toList())
                .distanceKm(excluded.distanceKm());
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC);
    }
}
