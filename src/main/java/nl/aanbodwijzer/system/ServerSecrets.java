package nl.aanbodwijzer.system;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Keys the service makes for itself where none is configured (the embedded default): 32 random bytes,
 * made the first time a key is asked for and kept in the database, so that they survive a restart.
 */
@Singleton
public class ServerSecrets {
    private final ServerSecretRepository secrets;
    private final SecureRandom random = new SecureRandom();

    ServerSecrets(ServerSecretRepository secrets) {
        this.secrets = secrets;
    }

    /** The named key; when two nodes make it at once, both end with the one stored first. */
    public byte[] key(String name) {
        return read(name).orElseGet(() -> {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                secrets.save(new ServerSecret(name, Base64.getEncoder().encodeToString(fresh)));
            } catch (DataAccessException madeByAnotherNode) {
                // the stored one wins; read it below
            }
            return read(name).orElseThrow();
        });
    }

    private Optional<byte[]> read(String name) {
        return secrets.findById(name).map(secret -> Base64.getDecoder().decode(secret.value()));
    }
}
