package nl.aanbodwijzer.catalog.taxonomy;

import nl.aanbodwijzer.system.Labelled;

/** Where an offer is in its life; only ACTIVE and PILOT offers can take pupils. */
public enum OfferStatus implements Labelled {
    ACTIVE("Actief"),
    PILOT("Pilot"),
    PLANNED("Gepland"),
    CLOSED("Gesloten");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean takesPupils() {
        return this == ACTIVE || this == PILOT;
    }
}
