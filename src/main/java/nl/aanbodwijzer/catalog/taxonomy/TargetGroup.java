package nl.aanbodwijzer.catalog.taxonomy;

import nl.aanbodwijzer.system.Labelled;

/**
 * A group of pupils an offer is made for, beyond their needs, that a coordinator can state for a
 * pupil. An offer that names one is only for pupils in it.
 */
public enum TargetGroup implements Labelled {
    /** Would otherwise be referred to special education (SO or VSO), as the symbiose classes say. */
    VERWIJZING_SPECIAAL_ONDERWIJS("leerlingen die anders naar het speciaal onderwijs (SO/VSO) verwezen zouden worden");

    private final String label;

    TargetGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
