package io.jingwu.api.fraud.lists.entity;

import io.jingwu.api.platform.crypto.Keyring;

/**
 * A value as the list, the reports and the checks compare it: its kind and its normalised form. Stored values are
 * found by {@link #hash()}, a keyed hash, since phones and accounts are kept encrypted.
 */
public record ListedValue(ListKind kind, String normalised) {

    private static final String PURPOSE = "fraud-listed-value";

    public String hash() {
        return Keyring.keys().lookupHash(PURPOSE, kind.name() + ':' + normalised);
    }
}
