package nl.aanbodwijzer.catalog.taxonomy;

import nl.aanbodwijzer.system.Labelled;

/** School sectors. */
public enum Sector implements Labelled {
    PO("Primair onderwijs"),
    SBO("Speciaal basisonderwijs"),
    SO("Speciaal onderwijs"),
    VO("Voortgezet onderwijs"),
    VSO("Voortgezet speciaal onderwijs"),
    MBO("Middelbaar beroepsonderwijs");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
