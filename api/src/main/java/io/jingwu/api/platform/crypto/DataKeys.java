package io.jingwu.api.platform.crypto;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys derived from the one configured key ({@code JINGWU_CRYPTO_KEY}): one for encrypting values, one for
 * lookup hashes, and a fingerprint to recognise the key by. Each is HMAC-SHA256 of the configured key over a
 * fixed label, so none of them reveals another or the configured key; the fingerprint can be stored and shown.
 */
public final class DataKeys {

    private static final String ENCRYPTION_LABEL = "jingwu/personal-data/aes-256-gcm/v1";
    private static final String LOOKUP_LABEL = "jingwu/personal-data/lookup-hmac-sha256/v1";
    private static final String FINGERPRINT_LABEL = "jingwu/key-fingerprint/v1";

    /** The shortest configured key accepted: 256 bits. */
    public static final int KEY_BYTES = 32;

    private final FieldCipher cipher;
    private final KeyedHash lookup;
    private final Map<String, KeyedHash> purposeHashes = new ConcurrentHashMap<>();
    private final String fingerprint;

    private DataKeys(byte[] configuredKey) {
        KeyedHash configured = new KeyedHash(configuredKey);
        this.cipher = new FieldCipher(new SecretKeySpec(configured.of(bytes(ENCRYPTION_LABEL)), "AES"));
        this.lookup = new KeyedHash(configured.of(bytes(LOOKUP_LABEL)));
        this.fingerprint = HexFormat.of().formatHex(configured.of(bytes(FINGERPRINT_LABEL)));
    }

    /** @param configuredKey at least {@value #KEY_BYTES} random bytes */
    public static DataKeys derive(byte[] configuredKey) {
        if (configuredKey == null || configuredKey.length < KEY_BYTES) {
            throw new IllegalArgumentException("The data key must have at least " + KEY_BYTES + " bytes");
        }
        return new DataKeys(configuredKey);
    }

    /** Encrypts and decrypts stored values. */
    public FieldCipher cipher() {
        return cipher;
    }

    /**
     * A keyed hash (HMAC-SHA256, 64 hex digits) of a value, to find rows by equality without storing the value:
     * the same value and purpose always give the same hash, and without the key nobody can test a guess.
     *
     * @param purpose what the value is ({@code "phone"}), so equal values of different kinds do not match
     */
    public String lookupHash(String purpose, String value) {
        return HexFormat.of().formatHex(lookup.of(bytes(purpose + '\u0000' + value)));
    }

    /**
     * A key of its own for one purpose (HMAC-SHA256 of the lookup key over the purpose), for keyed hashes that
     * {@link #lookupHash} cannot serve, e.g. the many feature hashes of one text fingerprint.
     */
    public byte[] purposeKey(String purpose) {
        return lookup.of(bytes("purpose\u0000" + purpose));
    }

    /** HMAC-SHA256 under the {@linkplain #purposeKey purpose's key}, ready for many messages. */
    public KeyedHash purposeHash(String purpose) {
        return purposeHashes.computeIfAbsent(purpose, p -> new KeyedHash(purposeKey(p)));
    }

    /** Recognises the key (64 hex digits) without revealing anything about it or the keys derived from it. */
    public String fingerprint() {
        return fingerprint;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        // never the keys themselves, e.g. in a log or a debugger
        return "DataKeys[fingerprint=" + fingerprint.substring(0, 8) + "...]";
    }
}
