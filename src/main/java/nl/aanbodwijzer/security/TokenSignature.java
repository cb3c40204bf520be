package nl.aanbodwijzer.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.aanbodwijzer.system.ServerSecrets;

/**
 * Signs and checks bearer tokens (HS256) with {@code aanbodwijzer.token-secret} when it is set
 * (required in the mysql environment, the same on every node), otherwise with a key the service made
 * once and keeps in its database, so that tokens survive a restart. It is the only signature the
 * service accepts. Made at start-up, so that a key too short to sign with stops the start.
 */
@Context
@Named("generator")
class TokenSignature implements SignatureGeneratorConfiguration {
    private static final int MINIMUM_BYTES = 32;

    private final SecretSignature signature;

    TokenSignature(@Value("${aanbodwijzer.token-secret:}") String configured, ServerSecrets secrets) {
        SecretSignatureConfiguration key = new SecretSignatureConfiguration("generator");
        if (configured.isBlank()) {
            key.setSecret(Base64.getEncoder().encodeToString(secrets.key("token-signature")));
            key.setBase64(true);
        } else if (configured.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new ConfigurationException("AANBODWIJZER_TOKEN_SECRET must be at least " + MINIMUM_BYTES
                    + " bytes, for example the output of: openssl rand -hex 32");
        } else {
            key.setSecret(configured);
        }
        this.signature = new SecretSignature(key);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return signature.sign(claims);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return signature.supportedAlgorithmsMessage();
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return signature.supports(algorithm);
    }

    @Override
    public boolean verify(SignedJWT token) throws JOSEException {
        return signature.verify(token);
    }
}
