package io.jingwu.api.platform.crypto;

/**
 * Keyed hashes of values that must be found by equality although they are stored encrypted, e.g. every
 * request of one contact phone. Compute the hash of the normalised value (the phone in E.164), store it in an
 * indexed column beside the encrypted value, and query by the hash. Also the hashes of secrets too short to
 * survive a plain hash, such as one-time codes.
 */
public final class LookupHashes {

    private static final String PHONE = "phone";
    private static final String ONE_TIME_CODE = "one-time-code:";

    private LookupHashes() {
    }

    /** The lookup hash of a phone number in E.164 ({@code +8613800138000}); {@code null} stays {@code null}. */
    public static String phone(String e164) {
        return e164 == null ? null : Keyring.keys().lookupHash(PHONE, e164);
    }

    /**
     * How a one-time code is stored: keyed, because a plain hash of six digits is reversed from a copy of the
     * database at once, with or without what it is bound to in front.
     *
     * @param purpose why the code was sent ({@code access-code}, {@code identity-code}): a code of one purpose never
     *                matches the hash of another
     * @param boundTo what the code opens (a request's id, a verification's public id)
     */
    public static String oneTimeCode(String purpose, String boundTo, String code) {
        return Keyring.keys().lookupHash(ONE_TIME_CODE + purpose, boundTo + ':' + code);
    }
}
