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
import nl.aanbodwijzer.system.CurrentActor;

/** Matching for care coordinators (and the project leader): suggestions, exclusions and gaps. */
@Controller
@Secured({"COORDINATOR", "PROJECTLEIDER"})
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
                Sector.valueOf(request.getSector().name()),
                request.getLevel() == null
                        ? null
                        : Level.valueOf(request.getLevel().name()),
                request.getMunicipality(),
                request.getNeeds().stream()
                        .map(n -> Need.valueOf(n.name()))
                        .distinct()
                        .toList(),
                AbsenceStatus.valueOf(request.getAbsenceStatus().name()),
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
                        MatchSuggestionInTime.valueOf(suggestion.inTime().name()),
                        suggestion.suitable(),
                        suggestion.reasons())
                .expectedWaitWeeks(suggestion.expectedWaitWeeks());
    }

    private static ExcludedOffer excluded(MatchOutcome.Excluded excluded) {
        List<ExclusionReason> reasons = excluded.reasons().stream()
                .map(r ->
                        new ExclusionReason(ExclusionReasonCode.valueOf(r.code().name()), r.detail()))
                .toList();
        return new ExcludedOffer(excluded.offerId(), excluded.offerName(), reasons);
    }
}
