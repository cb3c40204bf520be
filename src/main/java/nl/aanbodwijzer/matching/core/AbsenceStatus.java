package nl.aanbodwijzer.matching.core;

import nl.aanbodwijzer.system.Labelled;

/** Why and how a pupil is absent: the absence statuses of the Leerplichtwet as schools report them. */
public enum AbsenceStatus implements Labelled {
    /** Still partly attending. */
    DREIGEND("Dreigend verzuim (nog deels aanwezig)"),
    /** Enrolled, more than four weeks absent without a valid reason. */
    RELATIEF_VERZUIM("Relatief verzuim (ingeschreven, ongeoorloofd afwezig)"),
    /** Not enrolled at any school. */
    ABSOLUUT_VERZUIM("Absoluut verzuim (niet ingeschreven)"),
    /** Exempted under article 5 sub a of the Leerplichtwet. */
    VRIJSTELLING_5A("Vrijstelling artikel 5 onder a"),
    /** Long absence with a valid reason, such as illness. */
    GEOORLOOFD("Geoorloofd afwezig (bijvoorbeeld ziekte)");

    private final String label;

    AbsenceStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
