package nl.aanbodwijzer.system;

import java.time.Duration;
import java.util.List;

/**
 * A request that a use case refuses, said in the domain's words; {@code DomainExceptionHandler}
 * answers each kind with its problem. Carries no stack trace: it is an answer, not a fault.
 */
public abstract sealed class DomainException extends RuntimeException {
    private DomainException(String detail) {
        super(detail, null, false, false);
    }

    /** The thing asked for does not exist. */
    public static final class NotFound extends DomainException {
        public NotFound(String detail) {
            super(detail);
        }
    }

    /** The account may not do this. */
    public static final class Forbidden extends DomainException {
        public Forbidden(String detail) {
            super(detail);
        }
    }

    /** No account, or its credentials are wrong. */
    public static final class Unauthenticated extends DomainException {
        public Unauthenticated(String detail) {
            super(detail);
        }
    }

    /** Too many failed attempts in a row; the caller may try again after {@code retryAfter}. */
    public static final class Throttled extends DomainException {
        private final Duration retryAfter;

        public Throttled(String detail, Duration retryAfter) {
            super(detail);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** It exists already. */
    public static final class Conflict extends DomainException {
        public Conflict(String detail) {
            super(detail);
        }
    }

    /** One value of the request names nothing known or is malformed. */
    public static final class InvalidInput extends DomainException {
        private final Violation violation;

        public InvalidInput(String field, String message) {
            this(new Violation(field, message));
        }

        public InvalidInput(Violation violation) {
            super("Invalid value for '" + violation.field() + "': " + violation.message());
            this.violation = violation;
        }

        public Violation violation() {
            return violation;
        }
    }

    /** The request is well formed but breaks rules of the domain; every broken rule is listed. */
    public static final class RuleViolation extends DomainException {
        private final List<Violation> violations;

        /** {@code what} says what could not be done, as in "The offer cannot be saved". */
        public RuleViolation(String what, List<Violation> violations) {
            super(what + ": " + violations.get(0).message());
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    /** A change must name the version it was read at (If-Match), and did not. */
    public static final class VersionRequired extends DomainException {
        public VersionRequired() {
            super("This change needs an If-Match header with the ETag you read (GET the resource first).");
        }
    }

    /** Someone else changed the resource since it was read; nothing was written. */
    public static final class StaleVersion extends DomainException {
        public StaleVersion() {
            super("The resource was changed by someone else since you read it; read it again (its ETag changed)"
                    + " and retry. Nothing was written.");
        }
    }
}
