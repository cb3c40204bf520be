package nl.aanbodwijzer.catalog.hsds;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OfferRules;
import nl.aanbodwijzer.catalog.importer.CatalogData.OfferData;
import nl.aanbodwijzer.catalog.importer.CatalogData.ProviderData;
import nl.aanbodwijzer.catalog.importer.CatalogImporter;
import nl.aanbodwijzer.catalog.providers.Provider;
import nl.aanbodwijzer.catalog.providers.ProviderDirectory;
import nl.aanbodwijzer.catalog.providers.ProviderKind;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.catalog.taxonomy.TaxonomyReader;
import nl.aanbodwijzer.system.Violation;

/**
 * Imports another directory's HSDS feed: JSON answers of the HSDS API (pages or lists of services or
 * organizations, or one of them) or a tabular data package. The whole feed is read and checked first;
 * with any problem nothing is written.
 */
@Singleton
public class HsdsImport {
    /** The problems (nothing written) or what was written, and what the feed said that was not mapped. */
    public record Outcome(
            List<String> problems,
            Optional<CatalogImporter.Summary> summary,
            int organizations,
            Map<String, Integer> unmapped) {}

    private final JsonMapper json;
    private final TaxonomyReader taxonomy;
    private final ProviderDirectory providers;
    private final Catalog catalog;
    private final CatalogImporter importer;

    HsdsImport(
            JsonMapper json,
            TaxonomyReader taxonomy,
            ProviderDirectory providers,
            Catalog catalog,
            CatalogImporter importer) {
        this.json = json;
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.providers = providers;
        this.importer = importer;
    }

    public Outcome run(List<Path> files) throws IOException {
        Feed feed = new Feed();
        for (Path file : files) {
            if (isZip(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    Map<String, List<Map<String, Object>>> nested = HsdsTables.nest(HsdsTables.read(in));
                    nested.get("organization").forEach(feed::organization);
                    nested.get("service").forEach(feed::service);
                }
            } else {
                feed.collect(json.readValue(Files.readAllBytes(file), Object.class));
            }
        }
        Taxonomy known = taxonomy.read();
        String names = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
        List<Provider> here = providers.all();
        HsdsFeed.Read read = asStoredHere(HsdsFeed.read(feed.organizations, feed.services, known, names), here);
        List<String> problems = new ArrayList<>(read.problems());
        problems.addAll(ruleProblems(read, known, here));
        if (!problems.isEmpty()) {
            return new Outcome(problems, Optional.empty(), 0, read.unmapped());
        }
        List<OfferData> offers = read.offers().stream()
                .map(offer -> new OfferData(offer, !offer.capacity().equals(Capacity.UNKNOWN)))
                .toList();
        return new Outcome(
                List.of(),
                Optional.of(importer.importFeed(read.providers(), offers)),
                read.providers().size(),
                read.unmapped());
    }

    /**
     * The feed with this catalogue's own ids wherever it names an offer or provider by the HSDS id
     * this catalogue gives it, so that importing this catalogue's own export changes nothing. An
     * organization without its kind (as one nested in a service, with only its own fields) is
     * kept as stored here, or is new as a care organisation.
     */
    private HsdsFeed.Read asStoredHere(HsdsFeed.Read read, List<Provider> here) {
        Map<String, String> own = new HashMap<>();
        catalog.snapshot().offers().forEach(offer -> own.put(HsdsDocuments.serviceId(offer), offer.id()));
        Map<String, Provider> stored = new HashMap<>();
        for (Provider provider : here) {
            own.put(HsdsDocuments.organizationId(provider.id()), provider.id());
            stored.put(provider.id(), provider);
        }
        List<ProviderData> organizations = read.providers().stream()
                .map(p -> {
                    String id = own.getOrDefault(p.id(), p.id());
                    return asStoredHere(p, id, stored.get(id));
                })
                .toList();
        List<Offer> offers = read.offers().stream()
                .map(offer -> offer.toBuilder()
                        .id(own.getOrDefault(offer.id(), offer.id()))
                        .providers(offer.providers().stream()
                                .map(partner -> new Offer.Partner(
                                        own.getOrDefault(partner.id(), partner.id()), partner.name(), partner.role()))
                                .toList())
                        .build())
                .toList();
        return new HsdsFeed.Read(organizations, offers, read.problems(), read.unmapped());
    }

    private static ProviderData asStoredHere(ProviderData feed, String id, Provider here) {
        if (feed.kind() == null && here != null) {
            return new ProviderData(id, here.name(), here.kind(), here.brin(), here.website());
        }
        ProviderKind kind = feed.kind() == null ? ProviderKind.CARE_ORGANISATION : feed.kind();
        return new ProviderData(id, feed.name(), kind, feed.brin(), feed.website());
    }

    /** The rules every offer keeps, with the feed's organizations and those already here as known providers. */
    private static List<String> ruleProblems(HsdsFeed.Read read, Taxonomy known, List<Provider> here) {
        Set<String> providerIds = new HashSet<>();
        read.providers().forEach(p -> providerIds.add(p.id()));
        here.stream().map(Provider::id).forEach(providerIds::add);
        OfferRules.Known references = new OfferRules.Known(
                known.municipalities().stream()
                        .map(Taxonomy.MunicipalityEntry::code)
                        .collect(Collectors.toSet()),
                providerIds,
                known.schoolCodes());
        List<String> problems = new ArrayList<>();
        for (Offer offer : read.offers()) {
            for (Violation violation : OfferRules.check(offer, references)) {
                problems.add("service " + offer.id() + " (" + offer.name() + "): " + violation.field() + " "
                        + violation.message());
            }
        }
        return problems;
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            return start.length == 2 && start[0] == 'P' && start[1] == 'K';
        }
    }

    /** The services and organizations of a feed's files, wherever they are nested. */
    private static final class Feed {
        private final List<Map<String, Object>> services = new ArrayList<>();
        private final List<Map<String, Object>> organizations = new ArrayList<>();

        @SuppressWarnings("unchecked")
        void collect(Object value) {
            if (value instanceof List<?> list) {
                list.forEach(this::collect);
            } else if (value instanceof Map<?, ?> map) {
                Map<String, Object> object = (Map<String, Object>) map;
                if (object.containsKey("contents")) {
                    collect(object.get("contents"));
                } else if (object.containsKey("status")) {
                    service(object);
                } else if (!object.containsKey("taxonomy_id") && !object.containsKey("version")) {
                    organization(object);
                }
            }
        }

        @SuppressWarnings("unchecked")
        void service(Map<String, Object> service) {
            services.add(service);
            if (service.get("organization") instanceof Map<?, ?> organization) {
                organizations.add((Map<String, Object>) organization);
            }
        }

        void organization(Map<String, Object> organization) {
            organizations.add(organization);
            if (organization.get("services") instanceof List<?> nested) {
                nested.forEach(this::collect);
            }
        }
    }
}
