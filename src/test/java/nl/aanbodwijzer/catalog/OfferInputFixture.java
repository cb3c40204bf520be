package nl.aanbodwijzer.catalog;

import java.util.List;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.api.model.OfferInput;
import nl.aanbodwijzer.api.model.OfferStatus;
import nl.aanbodwijzer.api.model.OfferType;
import nl.aanbodwijzer.api.model.ProviderPart;
import nl.aanbodwijzer.api.model.ProviderRole;
import nl.aanbodwijzer.api.model.Sector;

/** Offers as the project leader sends them; change one with its fluent setters. */
public final class OfferInputFixture {
    private OfferInputFixture() {}

    /** A pilot arrangement of VSO Mariëndael in Arnhem, for anxious VO pupils. */
    public static OfferInput anOfferInput(String id, String name) {
        return new OfferInput(
                        name,
                        OfferType.ONDERWIJSZORGARRANGEMENT,
                        OfferStatus.PILOT,
                        List.of("GM0202"),
                        List.of(Sector.VO))
                .id(id)
                .providers(List.of(new ProviderPart("mariendael", ProviderRole.EDUCATION)))
                .needs(List.of(Need.ANGST_SCHOOLWEIGERING));
    }
}
