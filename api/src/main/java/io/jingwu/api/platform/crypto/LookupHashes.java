package io.jingwu.api.platform.crypto;

/**
 * Keyed hashes of values that must be found by equality although they are stored encrypted, e.g. every
 * request of one contact phone. Compute the hash of the normalised value (the phone in E.164), store it in an
 * indexed column beside the encrypted value, and query by the hash.
 */
public final class LookupHashes {

    private static final String PHONE = "phone";

    private LookupHashes() {
    }

    /** The lookup hash of a phone number in E.164 ({@code +8613800138000}); {@code null} stays {@code null}. */
    public static String phone(String e164) {
        return e164 == null ? null : Keyring.keys().lookupHash(PHONE, e164);
    }
}
