package nl.aanbodwijzer.catalog.hsds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * HSDS identifiers: name-based UUIDs (version 5, RFC 9562) of this product's own ids, so that an
 * offer keeps its HSDS id across exports, imports and nodes. A product id that is itself a UUID
 * (an offer imported from another directory's feed) is its own HSDS id.
 */
final class HsdsIds {
    /** The namespace of every name this product derives an HSDS id from; never change it. */
    private static final UUID NAMESPACE = UUID.fromString("6f0c2a57-9a3e-4d6b-8f1e-2b7c1d0a9e44");

    private static final Pattern UUID_SPELLING =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private HsdsIds() {}

    /** The HSDS id of a service (offer) or organization (provider) with this product id. */
    static String of(String kind, String productId) {
        return isUuid(productId) ? productId : derived(kind + ":" + productId);
    }

    /** The HSDS id of something that has no id of its own here, named by its place in the catalogue. */
    static String derived(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    static boolean isUuid(String value) {
        return value != null && UUID_SPELLING.matcher(value).matches();
    }

    private static byte[] toBytes(UUID uuid) {
        return ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
    }
}
