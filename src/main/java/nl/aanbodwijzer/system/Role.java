package nl.aanbodwijzer.system;

/**
 * What an account may do: a COORDINATOR searches and matches, a PROVIDER keeps the numbers of its own
 * provider's offers, the PROJECTLEIDER manages the catalogue and reads gaps and reports, an ADMIN
 * manages providers and accounts.
 */
public enum Role {
    COORDINATOR,
    PROVIDER,
    PROJECTLEIDER,
    ADMIN;

    /** The same roles as constants, for {@code @Secured}: annotations take constant strings, not enums. */
    public static final class Names {
        public static final String COORDINATOR = "COORDINATOR";
        public static final String PROVIDER = "PROVIDER";
        public static final String PROJECTLEIDER = "PROJECTLEIDER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
