package nl.aanbodwijzer.catalog;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import nl.aanbodwijzer.api.CapacityApi;
import nl.aanbodwijzer.api.model.CapacityHistory;
import nl.aanbodwijzer.api.model.CapacityUpdate;
import nl.aanbodwijzer.capacity.CapacityApiMapper;
import nl.aanbodwijzer.capacity.CapacityPublishing;
import nl.aanbodwijzer.capacity.CapacityState;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.system.Versions;

/**
 * An offer's capacity, a part of the offer resource: providers publish it through the capacity
 * feature, and the answer is the whole offer as it now is, like every answer about an offer.
 */
@Controller
class OfferCapacityController implements CapacityApi {
    private final CapacityPublishing publishing;
    private final nl.aanbodwijzer.capacity.CapacityHistory history;
    private final OfferStore definitions;
    private final OfferApiMapper mapper;
    private final CurrentActor actor;

    OfferCapacityController(
            CapacityPublishing publishing,
            nl.aanbodwijzer.capacity.CapacityHistory history,
            OfferStore definitions,
            OfferApiMapper mapper,
            CurrentActor actor) {
        this.publishing = publishing;
        this.history = history;
        this.definitions = definitions;
        this.mapper = mapper;
        this.actor = actor;
    }

    @Override
    @Secured({Role.Names.PROVIDER, Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> updateCapacity(
            String id, CapacityUpdate update, String ifMatch) {
        return answer(id, publishing.publish(id, ifMatch, CapacityApiMapper.numbers(update), actor.get()));
    }

    @Override
    @Secured({Role.Names.PROVIDER, Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> confirmCapacity(String id, String ifMatch) {
        return answer(id, publishing.confirm(id, ifMatch, actor.get()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public CapacityHistory getCapacityHistory(String id) {
        if (!definitions.exists(id)) {
            throw OfferLoader.noSuchOffer(id);
        }
        return CapacityApiMapper.history(id, history.of(id));
    }

    /** The offer with the capacity this request stored, and the ETag of that version. */
    private HttpResponse<nl.aanbodwijzer.api.model.Offer> answer(String id, CapacityState stored) {
        Offer offer = definitions.definitions(List.of(id)).get(0).toBuilder()
                .state(stored)
                .build();
        return HttpResponse.ok(mapper.toApi(offer)).header(HttpHeaders.ETAG, Versions.etag(offer.version()));
    }
}
