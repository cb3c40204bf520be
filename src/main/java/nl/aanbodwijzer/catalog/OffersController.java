package nl.aanbodwijzer.catalog;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import nl.aanbodwijzer.api.OffersApi;
import nl.aanbodwijzer.api.model.OfferInput;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.DomainException.InvalidInput;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.system.Versions;

/**
 * One offer: anyone may read it, so that parents too can see what exists; the project leader and
 * administrators add and change offers. Lists and searches are the search feature's.
 */
@Controller
class OffersController implements OffersApi {
    private final Catalog catalog;
    private final OfferEditing editing;
    private final OfferApiMapper mapper;
    private final CurrentActor actor;

    OffersController(Catalog catalog, OfferEditing editing, OfferApiMapper mapper, CurrentActor actor) {
        this.catalog = catalog;
        this.editing = editing;
        this.mapper = mapper;
        this.actor = actor;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> getOffer(String id) {
        Offer offer = catalog.snapshot().offer(id).orElseThrow(() -> OfferLoader.noSuchOffer(id));
        return answer(HttpResponse.ok(), offer);
    }

    @Override
    @Secured({Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> createOffer(OfferInput input) {
        if (input.getId() == null) {
            throw new InvalidInput("id", "a new offer needs a stable id, like 'grip'");
        }
        Offer created = editing.create(mapper.fromApi(input.getId(), input), actor.get());
        return answer(HttpResponse.created(URI.create("/api/v1/offers/" + created.id())), created);
    }

    @Override
    @Secured({Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> updateOffer(String id, OfferInput input, String ifMatch) {
        if (input.getId() != null && !input.getId().equals(id)) {
            throw new InvalidInput("id", "the id of an offer cannot change (the path says '" + id + "')");
        }
        return answer(HttpResponse.ok(), editing.update(id, ifMatch, mapper.fromApi(id, input), actor.get()));
    }

    /** The offer with an {@code ETag} for its version, which a change must send back as If-Match. */
    private HttpResponse<nl.aanbodwijzer.api.model.Offer> answer(MutableHttpResponse<?> status, Offer offer) {
        return status.body(mapper.toApi(offer)).header(HttpHeaders.ETAG, Versions.etag(offer.version()));
    }
}
