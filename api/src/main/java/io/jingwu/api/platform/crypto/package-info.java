/**
 * Encryption of personal data at rest: the data key derived from configuration, its fingerprint checked against
 * the database at start-up, AES-GCM for stored values ({@link io.jingwu.api.platform.crypto.EncryptedText}) and
 * keyed hashes where a value must be found by equality.
 */
package io.jingwu.api.platform.crypto;
