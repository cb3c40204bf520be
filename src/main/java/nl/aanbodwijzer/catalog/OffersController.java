package nl.aanbodwijzer.catalog;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import nl.aanbodwijzer.api.OffersApi;
import nl.aanbodwijzer.api.model.OfferInput;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.DomainException.InvalidInput;
import nl.aanbodwijzer.system.Role;

/**
 * One offer: anyone may read it, so that parents too can see what exists; the project leader and
 * administrators add and change offers. Lists and searches are the search feature's.
 */
@Controller
class OffersController implements OffersApi {
    private final OfferStore store;
    private final OfferEditing editing;
    private final OfferApiMapper mapper;
    private final CurrentActor actor;

    OffersController(OfferStore store, OfferEditing editing, OfferApiMapper mapper, CurrentActor actor) {
        this.store = store;
        this.editing = editing;
        this.mapper = mapper;
        this.actor = actor;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> getOffer(String id) {
        return mapper.response(HttpResponse.ok(), store.get(id));
    }

    @Override
    @Secured({Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> createOffer(OfferInput input) {
        if (input.getId() == null) {
            throw new InvalidInput("id", "a new offer needs a stable id, like 'grip'");
        }
        Offer created = editing.create(mapper.fromApi(input.getId(), input), actor.get());
        return mapper.response(HttpResponse.created(URI.create("/api/v1/offers/" + created.id())), created);
    }

    @Override
    @Secured({Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> updateOffer(String id, OfferInput input, String ifMatch) {
        if (input.getId() != null && !input.getId().equals(id)) {
            throw new InvalidInput("id", "the id of an offer cannot change (the path says '" + id + "')");
        }
        return mapper.response(HttpResponse.ok(), editing.update(id, ifMatch, mapper.fromApi(id, input), actor.get()));
    }
}
