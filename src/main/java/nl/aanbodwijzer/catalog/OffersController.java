package nl.aanbodwijzer.catalog;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import nl.aanbodwijzer.api.OffersApi;
import nl.aanbodwijzer.api.model.OfferInput;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.ProblemException;

/**
 * The catalogue: anyone may read it, so that parents too can see what exists; the project leader
 * and administrators change it.
 */
@Controller
class OffersController implements OffersApi {
    private final OfferStore store;
    private final OfferFinder finder;
    private final OfferEditing editing;
    private final OfferApiMapper mapper;
    private final MunicipalityRepository municipalities;
    private final CurrentActor actor;

    OffersController(
            OfferStore store,
            OfferFinder finder,
            OfferEditing editing,
            OfferApiMapper mapper,
            MunicipalityRepository municipalities,
            CurrentActor actor) {
        this.store = store;
        this.finder = finder;
        this.editing = editing;
        this.mapper = mapper;
        this.municipalities = municipalities;
        this.actor = actor;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> getOffer(String id) {
        return mapper.response(HttpResponse.ok(), store.get(id));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public OfferPage listOffers(
            String municipality,
            nl.aanbodwijzer.api.model.Sector sector,
            Integer age,
            nl.aanbodwijzer.api.model.OfferType type,
            nl.aanbodwijzer.api.model.Need need,
            nl.aanbodwijzer.api.model.OfferStatus status,
            Boolean stale,
            Integer page,
            Integer size) {
        if (municipality != null && !municipalities.existsByCode(municipality)) {
            throw ProblemException.invalidField(
                    "municipality",
                    "unknown CBS municipality code '" + municipality + "'; /api/v1/taxonomy lists them all");
        }
        OfferFilter filter = new OfferFilter(
                municipality,
                sector == null ? null : Sector.valueOf(sector.name()),
                age,
                type == null ? null : OfferType.valueOf(type.name()),
                need == null ? null : Need.valueOf(need.name()),
                status == null ? null : OfferStatus.valueOf(status.name()),
                stale);
        OfferFinder.Page found = finder.find(filter, page, size);
        return new OfferPage(
                found.items().stream().map(mapper::toApi).toList(), found.total(), found.page(), found.size());
    }

    @Override
    @Secured({"PROJECTLEIDER", "ADMIN"})
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> createOffer(OfferInput input) {
        if (input.getId() == null) {
            throw ProblemException.invalidField("id", "a new offer needs a stable id, like 'grip'");
        }
        Offer created = editing.create(mapper.fromApi(input.getId(), input), actor.get());
        return mapper.response(HttpResponse.created(URI.create("/api/v1/offers/" + created.id())), created);
    }

    @Override
    @Secured({"PROJECTLEIDER", "ADMIN"})
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> updateOffer(String id, OfferInput input, String ifMatch) {
        if (input.getId() != null && !input.getId().equals(id)) {
            throw ProblemException.invalidField("id", "the id of an offer cannot change (the path says '" + id + "')");
        }
        return mapper.response(HttpResponse.ok(), editing.update(id, ifMatch, mapper.fromApi(id, input), actor.get()));
    }
}
