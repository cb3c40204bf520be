package nl.aanbodwijzer.catalog.taxonomy;

/** Needs (hulpvraag). Their Dutch labels and synonyms live in catalog-data/needs.yaml. */
public enum Need {
    ANGST_SCHOOLWEIGERING,
    DEPRESSIE,
    ASS,
    ADHD,
    GEDRAG,
    PSYCHIATRIE,
    TRAUMA,
    HOOGBEGAAFDHEID,
    LEERPROBLEMEN,
    CHRONISCH_ZIEK,
    THUISSITUATIE,
    MOTIVATIE,
    OVERGANG,
    LANGDURIG_VERZUIM
}
