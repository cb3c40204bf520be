package nl.aanbodwijzer.catalog.taxonomy;

import nl.aanbodwijzer.system.Labelled;

/** Who pays for an offer. */
public enum FundingSource implements Labelled {
    SWV("Samenwerkingsverband"),
    GEMEENTE_JEUGDWET("Gemeente (Jeugdwet)"),
    GEMEENTE_OVERIG("Gemeente (overig)"),
    VSV_PROGRAMMA("Regionaal VSV-programma"),
    SCHOOLBESTUUR("Schoolbestuur"),
    OVERIG("Overig");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
