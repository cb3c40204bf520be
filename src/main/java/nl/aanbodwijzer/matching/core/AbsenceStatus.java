package nl.aanbodwijzer.matching.core;

/** Why and how a pupil is absent: the absence statuses of the Leerplichtwet as schools report them. */
public enum AbsenceStatus {
    /** Still partly attending. */
    DREIGEND,
    /** Enrolled, more than four weeks absent without a valid reason. */
    RELATIEF_VERZUIM,
    /** Not enrolled at any school. */
    ABSOLUUT_VERZUIM,
    /** Exempted under article 5 sub a of the Leerplichtwet. */
    VRIJSTELLING_5A,
    /** Long absence with a valid reason, such as illness. */
    GEOORLOOFD
}
