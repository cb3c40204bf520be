package nl.aanbodwijzer.system;

/** A code with a Dutch label for people. */
public interface Labelled {
    String name();

    String label();
}
