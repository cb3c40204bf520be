package nl.aanbodwijzer.catalog.importer;

import java.math.BigDecimal;
import java.util.List;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.providers.ProviderKind;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;

/** The whole of a catalog-data directory, read and checked, ready to be written. */
public record CatalogData(
        List<MunicipalityData> municipalities,
        List<PartnershipData> partnerships,
        List<NeedData> needs,
        List<SchoolData> schools,
        List<ProviderData> providers,
        List<List<String>> synonyms,
        List<OfferData> offers) {

    public record MunicipalityData(String code, String name, String province, BigDecimal lat, BigDecimal lon) {}

    /** A partnership: its sub-regions (if known) and every municipality in its area; the name may be unknown. */
    public record PartnershipData(
            String id, String name, Sector sector, List<SubregionData> subregions, List<String> area) {}

    public record SubregionData(String id, String name, List<String> municipalities) {}

    public record NeedData(Need code, String label, List<String> synonyms) {}

    record SchoolData(
            String code,
            String brin,
            String name,
            String street,
            String houseNumber,
            String postcode,
            String city,
            String municipality,
            String structure,
            String website) {}

    public record ProviderData(String id, String name, ProviderKind kind, String brin, String website) {}

    /** An offer as its file describes it; {@code capacityGiven} says whether the file sets capacity. */
    public record OfferData(Offer offer, boolean capacityGiven) {}
}
