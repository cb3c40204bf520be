package nl.aanbodwijzer.gaps;

import io.micronaut.data.model.Page;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import nl.aanbodwijzer.api.GapsApi;
import nl.aanbodwijzer.api.model.CaseOutcome;
import nl.aanbodwijzer.api.model.Gap;
import nl.aanbodwijzer.api.model.GapPage;
import nl.aanbodwijzer.api.model.GapReason;
import nl.aanbodwijzer.api.model.GapResolution;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.system.Codes;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.Role;

/**
 * The gaps, for the project leader: the evidence for new or changed provision. Coordinators only
 * record the outcome of their own cases.
 */
@Controller
@Secured(Role.Names.PROJECTLEIDER)
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
        Page<RecordedGap> found = store.find(
                open,
                Codes.to(nl.aanbodwijzer.matching.core.GapReason.class, reason),
                Codes.to(nl.aanbodwijzer.catalog.taxonomy.Need.class, need),
                page,
                size);
        return new GapPage(
                found.getContent().stream().map(GapApiMapper::toApi).toList(), found.getTotalSize(), page, size);
    }

    @Override
    @Secured({Role.Names.COORDINATOR, Role.Names.PROJECTLEIDER})
    public Gap recordCaseOutcome(CaseOutcome outcome) {
        return GapApiMapper.toApi(resolving.resolveCase(
                outcome.getCaseReference(),
                Codes.to(GapOutcome.class, outcome.getOutcome()),
                outcome.getPlacedOfferId(),
                actor.get()));
    }

    @Override
    public Gap resolveGap(Long id, GapResolution resolution) {
        return GapApiMapper.toApi(resolving.resolve(
                id, Codes.to(GapOutcome.class, resolution.getOutcome()), resolution.getPlacedOfferId(), actor.get()));
    }
}
