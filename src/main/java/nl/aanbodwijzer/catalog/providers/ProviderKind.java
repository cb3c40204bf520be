package nl.aanbodwijzer.catalog.providers;

/** What kind of organisation a provider is. */
public enum ProviderKind {
    PARTNERSHIP,
    SCHOOL,
    SPECIAL_SCHOOL,
    CARE_ORGANISATION
}
