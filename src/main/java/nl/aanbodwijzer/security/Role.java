package nl.aanbodwijzer.security;

/** What an account may do; see DESIGN.md "Users and rights". */
public enum Role {
    COORDINATOR,
    PROVIDER,
    PROJECTLEIDER,
    ADMIN
}
