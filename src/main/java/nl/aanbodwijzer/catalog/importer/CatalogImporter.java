package nl.aanbodwijzer.catalog.importer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanbodwijzer.capacity.CapacityImport;
import nl.aanbodwijzer.capacity.CapacityState;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OfferStore;
import nl.aanbodwijzer.catalog.importer.CatalogData.OfferData;
import nl.aanbodwijzer.catalog.importer.CatalogData.PartnershipData;
import nl.aanbodwijzer.catalog.importer.CatalogData.SubregionData;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.Sql;
import nl.aanbodwijzer.system.UtcTimes;

/**
 * Writes checked catalogue data in one transaction: reference data and offers are upserted by their
 * stable ids, and every addition or change is recorded in the change log.
 */
@Singleton
public class CatalogImporter {
    /** What an import did. */
    public record Summary(int offersAdded, int offersChanged, int offersUnchanged) {}

    private final Sql sql;
    private final TableWriter tables;
    private final OfferStore offers;
    private final CapacityImport capacity;
    private final ChangeLog changeLog;
    private final AuditLog auditLog;
    private final Clock clock;

    CatalogImporter(
            Sql sql,
            TableWriter tables,
            OfferStore offers,
            CapacityImport capacity,
            ChangeLog changeLog,
            AuditLog auditLog,
            Clock clock) {
        this.sql = sql;
        this.tables = tables;
        this.offers = offers;
        this.capacity = capacity;
        this.changeLog = changeLog;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Imports the data, adding new offers and changing those whose file differs. */
    @Transactional
    public Summary importCatalog(CatalogData data) {
        lockImports();
        return write(data);
    }

    /** Imports the data only when no offer exists yet: the first start of a new database. */
    @Transactional
    public boolean importIfEmpty(CatalogData data) {
        lockImports();
        if (offers.count() > 0) {
            return false;
        }
        write(data);
        return true;
    }

    /**
     * Imports providers and offers read from another directory's feed: the reference data stays as
     * it is, and offers are added or changed by id as {@link #importCatalog} does.
     */
    @Transactional
    public Summary importFeed(List<CatalogData.ProviderData> providers, List<OfferData> feed) {
        lockImports();
        writeProviders(providers);
        return writeOffers(feed);
    }

    /** Serialises imports across nodes sharing one database (hand SQL: a row lock is not a repository call). */
    private void lockImports() {
        sql.list("SELECT id FROM catalog_import WHERE id = 1 FOR UPDATE", List.of(), row -> row.getInt(1));
    }

    private Summary write(CatalogData data) {
        writeReferenceData(data);
        Summary summary = writeOffers(data.offers());
        sql.update("UPDATE catalog_import SET imported_at = ? WHERE id = 1", UtcTimes.now(clock));
        return summary;
    }

    private void writeReferenceData(CatalogData data) {
        record(
                "municipality",
                tables.upsert(
                        "municipality",
                        List.of("code", "name", "province", "latitude", "longitude"),
                        rows(data.municipalities(), m ->
                                new Object[] {m.code(), m.name(), m.province(), m.lat(), m.lon()})));
        List<Object[]> needRows = new ArrayList<>();
        for (int i = 0; i < data.needs().size(); i++) {
            var need = data.needs().get(i);
            needRows.add(new Object[] {need.code().name(), need.label(), i});
        }
        record("need", tables.upsert("need", List.of("code", "label", "position"), needRows));
        tables.replaceChildren(
                "need_synonym",
                "need_code",
                "synonym",
                data.needs().stream().map(n -> n.code().name()).toList(),
                data.needs().stream()
                        .flatMap(n -> n.synonyms().stream()
                                .map(s -> new Object[] {n.code().name(), s}))
                        .toList());
        record(
                "partnership",
                tables.upsert("partnership", List.of("id", "name", "sector"), rows(data.partnerships(), p ->
                        new Object[] {p.id(), p.name(), p.sector().name()})));
        tables.replaceChildren(
                "partnership_municipality",
                "partnership_id",
                "municipality_code",
                data.partnerships().stream().map(PartnershipData::id).toList(),
                data.partnerships().stream()
                        .flatMap(p -> p.area().stream().map(code -> new Object[] {p.id(), code}))
                        .toList());
        List<Object[]> subregionRows = new ArrayList<>();
        List<Object[]> memberRows = new ArrayList<>();
        for (var partnership : data.partnerships()) {
            for (int i = 0; i < partnership.subregions().size(); i++) {
                SubregionData sub = partnership.subregions().get(i);
                subregionRows.add(new Object[] {sub.id(), partnership.id(), sub.name(), i});
                sub.municipalities().forEach(code -> memberRows.add(new Object[] {sub.id(), code}));
            }
        }
        record(
                "subregion",
                tables.upsert("subregion", List.of("id", "partnership_id", "name", "position"), subregionRows));
        tables.replaceChildren(
                "subregion_municipality",
                "subregion_id",
                "municipality_code",
                subregionRows.stream().map(row -> row[0].toString()).toList(),
                memberRows);
        record(
                "school_location",
                tables.upsert(
                        "school_location",
                        List.of(
                                "code",
                                "brin",
                                "name",
                                "street",
                                "house_number",
                                "postcode",
                                "city",
                                "municipality_code",
                                "structure",
                                "website"),
                        rows(data.schools(), s -> new Object[] {
                            s.code(),
                            s.brin(),
                            s.name(),
                            s.street(),
                            s.houseNumber(),
                            s.postcode(),
                            s.city(),
                            s.municipality(),
                            s.structure(),
                            s.website()
                        })));
        writeSynonyms(data.synonyms());
        writeProviders(data.providers());
    }

    private void writeProviders(List<CatalogData.ProviderData> providers) {
        record(
                "provider",
                tables.upsert("provider", List.of("id", "name", "kind", "brin", "website"), rows(providers, p ->
                        new Object[] {p.id(), p.name(), p.kind().name(), p.brin(), p.website()})));
    }

    /** Synonym groups by position; a change to any of them is one change of the whole set. */
    private void writeSynonyms(List<List<String>> groups) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            rows.add(new Object[] {i, String.join(", ", groups.get(i))});
        }
        List<String> changed = tables.upsert("search_synonym", List.of("position", "terms"), rows);
        int removed = sql.update("DELETE FROM search_synonym WHERE position >= ?", groups.size());
        if (!changed.isEmpty() || removed > 0) {
            record("synonyms", List.of("all"));
        }
    }

    private Summary writeOffers(List<OfferData> incoming) {
        Map<String, Offer> existing =
                offers.allDefinitions().stream().collect(Collectors.toMap(Offer::id, Function.identity()));
        List<Offer> added = new ArrayList<>();
        List<Offer> changed = new ArrayList<>();
        for (OfferData data : incoming) {
            Offer definition = definitionOf(data.offer());
            Offer current = existing.get(definition.id());
            if (current == null) {
                added.add(definition.toBuilder()
                        .modifiedAt(data.offer().modifiedAt())
                        .definitionVersion(1)
                        .build());
            } else if (!definition.equals(definitionOf(current))) {
                changed.add(definition.toBuilder()
                        .definitionVersion(current.definitionVersion() + 1)
                        .build());
            }
        }
        offers.insert(added);
        List<String> conflicts = offers.update(changed);
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("Offers changed while importing, import again: " + conflicts);
        }
        List<String> addedIds = added.stream().map(Offer::id).toList();
        List<String> changedIds = changed.stream().map(Offer::id).toList();
        List<String> capacityChanged = capacity.accept(incoming.stream()
                .map(data -> new CapacityImport.Stated(
                        data.offer().id(),
                        data.capacityGiven() ? data.offer().capacity() : null,
                        data.offer().lastVerifiedAt()))
                .toList());
        Set<String> changedOffers = new TreeSet<>(changedIds);
        changedOffers.addAll(capacityChanged);
        record("offer", addedIds);
        record("offer", changedIds);
        auditLog.recordAll(Actor.IMPORT, "OFFER_IMPORTED", "offer", addedIds, null);
        auditLog.recordAll(Actor.IMPORT, "OFFER_UPDATED_BY_IMPORT", "offer", List.copyOf(changedOffers), null);
        return new Summary(added.size(), changedOffers.size(), incoming.size() - added.size() - changedOffers.size());
    }

    /** The offer as its definition alone: what the import compares. A partner's name is its provider's. */
    private static Offer definitionOf(Offer offer) {
        return offer.toBuilder()
                .providers(offer.providers().stream()
                        .map(partner -> new Offer.Partner(partner.id(), null, partner.role()))
                        .toList())
                .modifiedAt(null)
                .definitionVersion(0)
                .state(CapacityState.UNKNOWN)
                .build();
    }

    private void record(String entity, List<String> ids) {
        if (!ids.isEmpty()) {
            changeLog.record(entity, ids);
        }
    }

    private static <T> List<Object[]> rows(List<T> items, Function<T, Object[]> row) {
        return items.stream().map(row).toList();
    }
}
