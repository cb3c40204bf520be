package nl.aanbodwijzer.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;

/**
 * The inspectorate's requirements for arrangements that stand in for school (the partnership's
 * letter of February 2025, on GRIP and the Leercentrum): housed at an education institution, and a
 * stay of at most 13 weeks with at most 13 weeks' extension.
 */
final class InspectorateRequirements {
    static final Set<OfferType> ARRANGEMENTS = Set.of(OfferType.ONDERWIJSZORGARRANGEMENT, OfferType.LEERCENTRUM);
    static final int MAX_WEEKS = 13;
    static final int MAX_EXTENSION_WEEKS = 13;

    private static final String HOUSING = "Ondergebracht bij een onderwijsinstelling";
    private static final String DURATION =
            "Ten hoogste " + MAX_WEEKS + " weken, met ten hoogste " + MAX_EXTENSION_WEEKS + " weken verlenging";

    private InspectorateRequirements() {}

    /** A requirement that an offer does not meet, or for which the catalogue lacks the facts. */
    record Finding(String requirement, String finding) {}

    static List<Finding> findings(Offer offer) {
        if (!ARRANGEMENTS.contains(offer.type())) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (offer.housedAtSchool() == null) {
            findings.add(new Finding(HOUSING, "Niet bekend"));
        } else if (!offer.housedAtSchool()) {
            findings.add(new Finding(HOUSING, "Niet ondergebracht bij een onderwijsinstelling"));
        }
        if (offer.maxDurationWeeks() == null) {
            findings.add(new Finding(DURATION, "Maximale duur niet bekend"));
        } else if (offer.maxDurationWeeks() > MAX_WEEKS) {
            findings.add(new Finding(DURATION, "Maximaal " + offer.maxDurationWeeks() + " weken"));
        }
        if (offer.extensionWeeks() != null && offer.extensionWeeks() > MAX_EXTENSION_WEEKS) {
            findings.add(new Finding(DURATION, "Verlenging van " + offer.extensionWeeks() + " weken"));
        }
        return findings;
    }

    static Table table(List<Offer> offers) {
        Table.Builder table = Table.builder(
                        "inspectorateRequirements",
                        "Eisen van de inspectie",
                        "Arrangementen die niet aan de eisen van de inspectie voldoen",
                        "Onderwijszorgarrangementen en leercentra die niet bij een onderwijsinstelling zijn"
                                + " ondergebracht of langer duren dan de inspectie toestaat, of waarvan dat niet"
                                + " bekend is.")
                .text("offer", "Aanbod")
                .text("providers", "Aanbieders")
                .text("requirement", "Eis")
                .text("finding", "Bevinding");
        for (Offer offer : offers) {
            for (Finding finding : findings(offer)) {
                table.row(
                        Map.of("offer", offer.id()),
                        offer.name(),
                        Supply.providers(offer),
                        finding.requirement(),
                        finding.finding());
            }
        }
        return table.build();
    }
}
