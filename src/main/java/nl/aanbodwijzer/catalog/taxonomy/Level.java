package nl.aanbodwijzer.catalog.taxonomy;

import nl.aanbodwijzer.system.Labelled;

/** Levels within secondary education. */
public enum Level implements Labelled {
    PRO("Praktijkonderwijs"),
    VMBO("Vmbo"),
    HAVO("Havo"),
    VWO("Vwo");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
