package nl.aanbodwijzer.system;

import java.util.Set;

/**
 * Who makes a change: the signed-in account's name, its roles, and for a provider account the
 * provider it is bound to (else null). The importer acts as {@link #IMPORT}.
 */
public record Actor(String username, Set<Role> roles, String providerId) {
    public static final Actor IMPORT = new Actor("import", Set.of(), null);

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
