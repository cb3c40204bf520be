package nl.aanbodwijzer.matching.core;

import nl.aanbodwijzer.system.Labelled;

/**
 * Why no suitable offer had a place in time: the evidence for new or changed provision. In the order
 * matching checks them, most fundamental first.
 */
public enum GapReason implements Labelled {
    NOT_SERVED_IN_MUNICIPALITY("Geen aanbod voor de woongemeente"),
    NOT_COVERED_FOR_SECTOR_OR_AGE("Geen aanbod voor deze onderwijssoort of leeftijd"),
    NO_OFFER_FOR_NEED("Geen aanbod voor de hulpvraag"),
    ENTRY_REQUIREMENT_NOT_MET("Toelatingseis niet vervuld"),
    NO_CAPACITY_IN_TIME("Geen plek op tijd");

    private final String label;

    GapReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
