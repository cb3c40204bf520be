package nl.aanbodwijzer.matching;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import nl.aanbodwijzer.api.MatchingApi;
import nl.aanbodwijzer.api.model.MatchRequest;
import nl.aanbodwijzer.api.model.MatchResult;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.Role;

/** Matching for care coordinators (and the project leader): suggestions, exclusions and gaps. */
@Controller
@Secured({Role.Names.COORDINATOR, Role.Names.PROJECTLEIDER})
class MatchController implements MatchingApi {
    private static final int SUGGESTIONS = 10;

    private final Matching matching;
    private final CurrentActor actor;

    MatchController(Matching matching, CurrentActor actor) {
        this.matching = matching;
        this.actor = actor;
    }

    @Override
    public MatchResult match(MatchRequest request) {
        PupilProfile profile = MatchApiMapper.profile(request);
        Matching.Result result =
                matching.match(profile, request.getText(), request.getCaseReference(), actor.get(), SUGGESTIONS);
        return MatchApiMapper.result(profile, result);
    }
}
