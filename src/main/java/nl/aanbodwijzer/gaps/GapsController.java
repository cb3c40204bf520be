package nl.aanbodwijzer.gaps;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import nl.aanbodwijzer.api.GapsApi;
import nl.aanbodwijzer.api.model.Gap;
import nl.aanbodwijzer.api.model.GapPage;
import nl.aanbodwijzer.api.model.GapReason;
import nl.aanbodwijzer.api.model.GapResolution;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.system.CurrentActor;

/** The gaps, for the project leader: the evidence for new or changed provision. */
@Controller
@Secured("PROJECTLEIDER")
class GapsController implements GapsApi {
    private final GapStore store;
    private final GapResolving resolving;
    private final CurrentActor actor;

    GapsController(GapStore store, GapResolving resolving, CurrentActor actor) {
        this.store = store;
        this.resolving = resolving;
        this.actor = actor;
    }

    @Override
    public GapPage listGaps(Boolean open, GapReason reason, Need need, Integer page, Integer size) {
        GapStore.Page found = store.find(
                open,
                reason == null ? null : nl.aanbodwijzer.matching.core.GapReason.valueOf(reason.name()),
                need == null ? null : nl.aanbodwijzer.catalog.taxonomy.Need.valueOf(need.name()),
                page,
                size);
        return new GapPage(found.items().stream().map(GapApiMapper::toApi).toList(), found.total(), page, size);
    }

    @Override
    public Gap resolveGap(Long id, GapResolution resolution) {
        return GapApiMapper.toApi(resolving.resolve(
                id, GapOutcome.valueOf(resolution.getOutcome().name()), resolution.getPlacedOfferId(), actor.get()));
    }
}
