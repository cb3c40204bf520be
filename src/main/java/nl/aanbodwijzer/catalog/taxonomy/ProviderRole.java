package nl.aanbodwijzer.catalog.taxonomy;

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
