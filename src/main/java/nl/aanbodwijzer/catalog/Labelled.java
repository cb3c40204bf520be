package nl.aanbodwijzer.catalog;

/** A code with a Dutch label for people. */
public interface Labelled {
    String name();

    String label();
}
