package nl.aanbodwijzer.catalog;

/**
 * The catalogue as this node holds it in memory, equal to the database within about a second and
 * at once after this node's own writes. Search pages, offer reads, matching and the features to
 * come read it; writes go to the database through the use cases.
 */
public interface Catalog {
    /** The latest snapshot; it never changes, a new one replaces it. */
    CatalogSnapshot snapshot();
}
