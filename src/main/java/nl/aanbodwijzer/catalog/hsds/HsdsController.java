package nl.aanbodwijzer.catalog.hsds;

import static nl.aanbodwijzer.catalog.hsds.Doc.object;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.hsds.HsdsDocuments.Depth;
import nl.aanbodwijzer.catalog.hsds.HsdsVocabulary.Published;
import nl.aanbodwijzer.catalog.hsds.HsdsVocabulary.Term;
import nl.aanbodwijzer.catalog.providers.Provider;
import nl.aanbodwijzer.system.DomainException.InvalidInput;
import nl.aanbodwijzer.system.DomainException.NotFound;

/**
 * The catalogue as open data: the read-only HSDS 3.1 API, for anyone. It follows the HSDS OpenAPI
 * file (GET only; the POST forms of the list operations are left out, as is service_at_locations).
 */
@Controller("/hsds")
@Secured(SecurityRule.IS_ANONYMOUS)
class HsdsController {
    static final String VERSION = "3.1";
    /** The HSDS API description these endpoints follow and are tested against. */
    static final String OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/"
            + "abc731c8ac11825010e9d74a0ab61dcd48e880ec/schema/openapi.json";

    private final HsdsCatalogue catalogue;
    private final JsonMapper json;

    HsdsController(HsdsCatalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    @Get
    Map<String, Object> about() {
        return object(
                "version",
                VERSION,
                "profile",
                "https://github.com/openreferral/specification",
                "openapi_url",
                OPENAPI_URL);
    }

    /** The whole catalogue as the HSDS tabular data package: CSV files and datapackage.json, zipped. */
    @Get(uri = "/datapackage.zip", produces = "application/zip")
    HttpResponse<byte[]> tabularPackage() {
        byte[] zip = HsdsTables.zip(catalogue.current().everything(), this::json);
        return HttpResponse.ok(zip)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aanbodwijzer-hsds.zip\"");
    }

    @Get("/services")
    Map<String, Object> services(
            @Nullable @QueryValue String search,
            @Nullable @QueryValue String page,
            @Nullable @QueryValue("per_page") String perPage,
            @Nullable @QueryValue String format,
            @Nullable @QueryValue("taxonomy_term_id") String taxonomyTermId,
            @Nullable @QueryValue("taxonomy_id") String taxonomyId,
            @Nullable @QueryValue("organization_id") String organizationId,
            @Nullable @QueryValue("modified_after") String modifiedAfter,
            @Nullable @QueryValue String minimal,
            @Nullable @QueryValue String full) {
        HsdsQuery.format(format);
        Depth depth = depth(HsdsQuery.flag("minimal", minimal), HsdsQuery.flag("full", full));
        HsdsDocuments documents = catalogue.current();
        List<String> words = HsdsQuery.words(search);
        Instant since = HsdsQuery.since(modifiedAfter);
        List<Offer> candidates = organizationId == null ? documents.offers() : documents.offersOf(organizationId);
        List<Offer> found = candidates.stream()
                .filter(offer -> HsdsQuery.matches(words, searchable(offer)))
                .filter(classifiedAs(documents, taxonomyTermId, taxonomyId))
                .filter(offer -> since == null || modifiedSince(offer, since))
                .toList();
        return HsdsPage.of(
                found, HsdsQuery.page(page), HsdsQuery.perPage(perPage), offer -> documents.service(offer, depth));
    }

    @Get("/services/{id}")
    Map<String, Object> service(@PathVariable String id) {
        HsdsDocuments documents = catalogue.current();
        return documents.service(documents.offer(id).orElseThrow(() -> notFound("service", id)), Depth.FULL);
    }

    @Get("/organizations")
    Map<String, Object> organizations(
            @Nullable @QueryValue String search,
            @Nullable @QueryValue("full_service") String fullService,
            @Nullable @QueryValue String full,
            @Nullable @QueryValue("taxonomy_term_id") String taxonomyTermId,
            @Nullable @QueryValue("taxonomy_id") String taxonomyId,
            @Nullable @QueryValue String page,
            @Nullable @QueryValue("per_page") String perPage,
            @Nullable @QueryValue String format) {
        HsdsQuery.format(format);
        boolean nested = HsdsQuery.flag("full", full);
        Depth services = HsdsQuery.flag("full_service", fullService) ? Depth.FULL : Depth.LIST;
        HsdsDocuments documents = catalogue.current();
        List<String> words = HsdsQuery.words(search);
        Predicate<Offer> classified = classifiedAs(documents, taxonomyTermId, taxonomyId);
        boolean anyClass = taxonomyTermId != null || taxonomyId != null;
        List<Map.Entry<String, Provider>> found = documents.providers().entrySet().stream()
                .filter(entry -> HsdsQuery.matches(words, entry.getValue().name()))
                .filter(entry ->
                        !anyClass || documents.offersOf(entry.getKey()).stream().anyMatch(classified))
                .toList();
        return HsdsPage.of(
                found,
                HsdsQuery.page(page),
                HsdsQuery.perPage(perPage),
                entry -> nested
                        ? documents.fullOrganization(entry.getKey(), entry.getValue(), services)
                        : documents.organization(entry.getKey(), entry.getValue()));
    }

    @Get("/organizations/{id}")
    Map<String, Object> organization(
            @PathVariable String id, @Nullable @QueryValue("full_service") String fullService) {
        Depth services = HsdsQuery.flag("full_service", fullService) ? Depth.FULL : Depth.LIST;
        HsdsDocuments documents = catalogue.current();
        Provider provider = documents.providers().get(id);
        if (provider == null) {
            throw notFound("organization", id);
        }
        return documents.fullOrganization(id, provider, services);
    }

    @Get("/taxonomies")
    Map<String, Object> taxonomies(
            @Nullable @QueryValue String search,
            @Nullable @QueryValue String page,
            @Nullable @QueryValue("per_page") String perPage,
            @Nullable @QueryValue String format) {
        HsdsQuery.format(format);
        HsdsDocuments documents = catalogue.current();
        List<String> words = HsdsQuery.words(search);
        List<Published> found = documents.vocabulary().taxonomies().stream()
                .filter(taxonomy -> HsdsQuery.matches(words, taxonomy.name(), taxonomy.description()))
                .toList();
        return HsdsPage.of(found, HsdsQuery.page(page), HsdsQuery.perPage(perPage), documents::taxonomy);
    }

    @Get("/taxonomies/{id}")
    Map<String, Object> taxonomy(@PathVariable String id) {
        HsdsDocuments documents = catalogue.current();
        return documents.vocabulary().taxonomies().stream()
                .filter(taxonomy -> taxonomy.id().equals(id))
                .findFirst()
                .map(documents::taxonomy)
                .orElseThrow(() -> notFound("taxonomy", id));
    }

    @Get("/taxonomy_terms")
    Map<String, Object> taxonomyTerms(
            @Nullable @QueryValue String search,
            @Nullable @QueryValue String page,
            @Nullable @QueryValue("per_page") String perPage,
            @Nullable @QueryValue String format,
            @Nullable @QueryValue("taxonomy_id") String taxonomyId,
            @Nullable @QueryValue("top_only") String topOnly,
            @Nullable @QueryValue("parent_id") String parentId) {
        HsdsQuery.format(format);
        boolean top = HsdsQuery.flag("top_only", topOnly);
        List<String> words = HsdsQuery.words(search);
        List<Term> found = catalogue.current().vocabulary().terms().stream()
                .filter(term -> HsdsQuery.matches(words, term.code(), term.name(), term.description()))
                .filter(term -> taxonomyId == null || term.in().id().equals(taxonomyId))
                .filter(term -> !top || term.parentId() == null)
                .filter(term -> parentId == null || parentId.equals(term.parentId()))
                .toList();
        return HsdsPage.of(found, HsdsQuery.page(page), HsdsQuery.perPage(perPage), HsdsDocuments::term);
    }

    @Get("/taxonomy_terms/{id}")
    Map<String, Object> taxonomyTerm(@PathVariable String id) {
        return catalogue
                .current()
                .vocabulary()
                .term(id)
                .map(HsdsDocuments::term)
                .orElseThrow(() -> notFound("taxonomy term", id));
    }

    private byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Depth depth(boolean minimal, boolean full) {
        if (minimal && full) {
            throw new InvalidInput("minimal", "minimal and full cannot both be true");
        }
        return minimal ? Depth.MINIMAL : full ? Depth.FULL : Depth.LIST;
    }

    private static String[] searchable(Offer offer) {
        return Stream.concat(
                        Stream.of(offer.name(), offer.description()),
                        offer.providers().stream().map(Offer.Partner::name))
                .toArray(String[]::new);
    }

    private static Predicate<Offer> classifiedAs(HsdsDocuments documents, String termId, String taxonomyId) {
        if (termId == null && taxonomyId == null) {
            return offer -> true;
        }
        if (termId != null) {
            boolean inTaxonomy = taxonomyId == null
                    || documents
                            .vocabulary()
                            .term(termId)
                            .map(term -> term.in().id().equals(taxonomyId))
                            .orElse(false);
            return offer -> inTaxonomy && documents.termIds(offer).contains(termId);
        }
        return offer -> documents.termIds(offer).stream()
                .anyMatch(id ->
                        documents.vocabulary().term(id).orElseThrow().in().id().equals(taxonomyId));
    }

    private static boolean modifiedSince(Offer offer, Instant since) {
        Instant modified = HsdsDocuments.lastModified(offer);
        return modified != null && !modified.isBefore(since);
    }

    private static NotFound notFound(String what, String id) {
        return new NotFound("There is no " + what + " with HSDS id '" + id + "'.");
    }
}
