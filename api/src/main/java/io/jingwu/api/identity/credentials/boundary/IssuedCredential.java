package io.jingwu.api.identity.credentials.boundary;

import java.time.Instant;

/**
 * A credential as its holder receives it, once: the code to read out, the token for the QR code, and the holder's
 * own token (sent as {@code Authorization: CitizenToken <token>}) to see who checked it and to revoke it.
 */
public record IssuedCredential(String code, String qrToken, String holderToken, String level, Instant validUntil) {

    @Override
    public String toString() {
        return "IssuedCredential[" + level + " until " + validUntil + "]";
    }
}
