package nl.aanbodwijzer.matching.core;

import nl.aanbodwijzer.system.Labelled;

/**
 * The escalation ladder for breaking an impasse (seed 004): who holds case direction, by weeks absent.
 * Pupils the norm does not apply to are not on the ladder.
 */
public enum EscalationStage implements Labelled {
    SCHOOL("School", "De school houdt de regie en zoekt met het multidisciplinaire team naar een oplossing."),
    CASUSREGISSEUR(
            "Casusregisseur onderwijs en zorg",
            "Na vier weken verzuim neemt een casusregisseur onderwijs en zorg de regie, met mandaat op beide"
                    + " terreinen."),
    DOORBRAAKTEAM(
            "Doorbraakteam",
            "Na acht weken, zonder passend aanbod binnen de vier weken daarna, schakelt de casusregisseur het"
                    + " doorbraakteam in."),
    ARBITRAGE(
            "Arbitrage",
            "De norm is verstreken zonder passende plek: de casusregisseur kan besluiten tot bindende arbitrage."),
    NIET_VAN_TOEPASSING(
            "Niet van toepassing",
            "De leerling is geen thuiszitter volgens de norm, dus de escalatieladder geldt niet.");

    private final String label;
    private final String meaning;

    EscalationStage(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
