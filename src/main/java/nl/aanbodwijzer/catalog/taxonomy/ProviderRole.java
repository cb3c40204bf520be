package nl.aanbodwijzer.catalog.taxonomy;

import nl.aanbodwijzer.system.Labelled;

/** What a provider does in an offer. */
public enum ProviderRole implements Labelled {
    EDUCATION("Onderwijspartner"),
    CARE("Zorgpartner"),
    OPERATOR("Uitvoerder"),
    COMMISSIONER("Opdrachtgever");

    private final String label;

    ProviderRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
