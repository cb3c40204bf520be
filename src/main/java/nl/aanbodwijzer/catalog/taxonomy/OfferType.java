package nl.aanbodwijzer.catalog.taxonomy;

import nl.aanbodwijzer.system.Labelled;

/** What kind of provision an offer is. */
public enum OfferType implements Labelled {
    ONDERWIJSZORGARRANGEMENT("Onderwijszorgarrangement"),
    LEERCENTRUM("Leercentrum"),
    SYMBIOSEKLAS("Symbioseklas"),
    TRAJECTVOORZIENING("Trajectvoorziening"),
    OPDC("Orthopedagogisch-didactisch centrum"),
    VERZUIMCOACH("Verzuimcoach"),
    HOOGBEGAAFDENVOORZIENING("Voorziening voor hoogbegaafden"),
    TUSSENVOORZIENING("Tussenvoorziening"),
    OVERIG("Overig");

    private final String label;

    OfferType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
