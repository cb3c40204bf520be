package nl.aanbodwijzer.matching;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import nl.aanbodwijzer.api.MatchingApi;
import nl.aanbodwijzer.api.model.ExcludedOffer;
import nl.aanbodwijzer.api.model.ExclusionReason;
import nl.aanbodwijzer.api.model.ExclusionReasonCode;
import nl.aanbodwijzer.api.model.MatchRequest;
import nl.aanbodwijzer.api.model.MatchResult;
import nl.aanbodwijzer.api.model.MatchSuggestion;
import nl.aanbodwijzer.api.model.MatchSuggestionInTime;
import nl.aanbodwijzer.api.model.OfferSummary;
import nl.aanbodwijzer.catalog.OfferApiMapper;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.gaps.GapApiMapper;
import nl.aanbodwijzer.matching.core.AbsenceStatus;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.Codes;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.Role;

/** Matching for care coordinators (and the project leader): suggestions, exclusions and gaps. */
@Controller
@Secured({Role.Names.COORDINATOR, Role.Names.PROJECTLEIDER})
class MatchController implements MatchingApi {
    private static final int SUGGESTIONS = 10;

    private final Matching matching;
    private final OfferApiMapper offers;
    private final CurrentActor actor;

    MatchController(Matching matching, OfferApiMapper offers, CurrentActor actor) {
        this.matching = matching;
        this.offers = offers;
        this.actor = actor;
    }

    @Override
    public MatchResult match(MatchRequest request) {
        PupilProfile profile = new PupilProfile(
                request.getAge(),
                Codes.to(Sector.class, request.getSector()),
                request.getLevel() == null ? null : Codes.to(Level.class, request.getLevel()),
                request.getMunicipality(),
                request.getNeeds().stream()
                        .map(n -> Codes.to(Need.class, n))
                        .distinct()
                        .toList(),
                Codes.to(AbsenceStatus.class, request.getAbsenceStatus()),
                request.getWeeksAbsent(),
                request.getHasTlv(),
                request.getHasCareIndication(),
                request.getHoursPerWeek(),
                request.getSchool());
        Matching.Result result =
                matching.match(profile, request.getText(), request.getCaseReference(), actor.get(), SUGGESTIONS);
        MatchOutcome outcome = result.outcome();
        return new MatchResult(
                        outcome.deadlineWeeks(),
                        outcome.suggestions().stream().map(this::suggestion).toList(),
                        outcome.excluded().stream()
                                .map(MatchController::excluded)
                                .toList(),
                        outcome.unrelated(),
                        outcome.notes())
                .gap(result.gap() == null ? null : GapApiMapper.toApi(result.gap()));
    }

    private MatchSuggestion suggestion(MatchOutcome.Suggestion suggestion) {
        var offer = offers.toApi(suggestion.offer());
        return new MatchSuggestion(
                        new OfferSummary(offer.getId(), offer.getName(), offer.getType(), offer.getCapacity()),
                        suggestion.score(),
                        Codes.to(MatchSuggestionInTime.class, suggestion.inTime()),
                        suggestion.suitable(),
                        suggestion.reasons())
                .expectedWaitWeeks(suggestion.expectedWaitWeeks());
    }

    private static ExcludedOffer excluded(MatchOutcome.Excluded excluded) {
        List<ExclusionReason> reasons = excluded.reasons().stream()
                .map(r -> new ExclusionReason(Codes.to(ExclusionReasonCode.class, r.code()), r.detail()))
                .toList();
        return new ExcludedOffer(excluded.offerId(), excluded.offerName(), reasons);
    }
}
