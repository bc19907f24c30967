package io.jingwu.api.platform.crypto;

/**
 * A stored value that cannot be decrypted: changed in the database, or encrypted with another key. Never
 * carries any part of the value.
 */
public class UnreadableValueException extends RuntimeException {

    public UnreadableValueException(String reason) {
        super("A stored value cannot be decrypted: " + reason);
    }
}
