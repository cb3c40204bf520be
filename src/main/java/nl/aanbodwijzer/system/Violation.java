package nl.aanbodwijzer.system;

/** One rule an input breaks: the field (a path such as {@code locations[0].municipality}) and why. */
public record Violation(String field, String message) {}
