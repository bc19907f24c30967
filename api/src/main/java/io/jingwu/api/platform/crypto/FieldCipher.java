package io.jingwu.api.platform.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM for single stored values. A sealed value is the base64 of: a version byte ({@code 1}), a random
 * 96-bit IV, the ciphertext and the 128-bit tag. The random IV makes every sealing of the same text different,
 * so equal names or phones cannot be spotted in a dump; the tag makes any change to a stored value, or a value
 * sealed with another key, fail to open instead of yielding wrong text. (With random IVs one key must not seal
 * more than about 2^32 values; a new key version is the way beyond that.)
 */
public final class FieldCipher {

    static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int OVERHEAD = 1 + IV_BYTES + TAG_BITS / 8;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    FieldCipher(SecretKey key) {
        this.key = key;
    }

    /** The text encrypted, as base64 (ASCII only); {@code null} stays {@code null}. */
    public String seal(String text) {
        if (text == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString(sealBytes(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The bytes encrypted, in the same format as {@link #seal(String)} before base64 (for binary columns such as
     * images); {@code null} stays {@code null}.
     */
    public byte[] sealBytes(byte[] plain) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[]{VERSION});
            byte[] encrypted = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + IV_BYTES + encrypted.length).put(VERSION).put(iv).put(encrypted).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The text of a sealed value; {@code null} stays {@code null}.
     *
     * @throws UnreadableValueException when the value is not a sealed value, was changed, or was sealed with
     *                                  another key: never a wrong text
     */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new UnreadableValueException("not an encrypted value");
        }
        return new String(openBytes(bytes), StandardCharsets.UTF_8);
    }

    /**
     * The bytes of a value sealed by {@link #sealBytes(byte[])}; {@code null} stays {@code null}.
     *
     * @throws UnreadableValueException when the value is not a sealed value, was changed, or was sealed with
     *                                  another key: never wrong bytes
     */
    public byte[] openBytes(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length < OVERHEAD) {
            throw new UnreadableValueException("too short to be an encrypted value");
        }
        if (bytes[0] != VERSION) {
            throw new UnreadableValueException("unknown format version " + bytes[0]);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, IV_BYTES));
            cipher.updateAAD(bytes, 0, 1);
            return cipher.doFinal(bytes, 1 + IV_BYTES, bytes.length - 1 - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new UnreadableValueException("changed, or encrypted with another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
