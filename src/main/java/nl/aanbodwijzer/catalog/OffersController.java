package nl.aanbodwijzer.catalog;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.aanbodwijzer.api.OffersApi;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.system.ProblemException;

/** The public catalogue: anyone may read it, so that parents too can see what exists. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class OffersController implements OffersApi {
    private final OfferStore store;
    private final OfferFinder finder;
    private final MunicipalityRepository municipalities;

    OffersController(OfferStore store, OfferFinder finder, MunicipalityRepository municipalities) {
        this.store = store;
        this.finder = finder;
        this.municipalities = municipalities;
    }

    @Override
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> getOffer(String id) {
        Offer offer = store.findById(id)
                .orElseThrow(() -> ProblemException.notFound("There is no offer with id '" + id + "'."));
        return HttpResponse.ok(OfferApiMapper.toApi(offer)).header(HttpHeaders.ETAG, OfferApiMapper.etag(offer));
    }

    @Override
    public OfferPage listOffers(
            String municipality,
            nl.aanbodwijzer.api.model.Sector sector,
            Integer age,
            nl.aanbodwijzer.api.model.OfferType type,
            nl.aanbodwijzer.api.model.Need need,
            nl.aanbodwijzer.api.model.OfferStatus status,
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
                status == null ? null : OfferStatus.valueOf(status.name()));
        OfferFinder.Page found = finder.find(filter, page, size);
        return new OfferPage(
                found.items().stream().map(OfferApiMapper::toApi).toList(), found.total(), found.page(), found.size());
    }
}
