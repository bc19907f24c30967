package io.jingwu.api.identity.credentials.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jingwu.api.platform.crypto.Keyring;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The signed token in a credential's QR code (JWT, HS256, with a key derived for this purpose alone): an
 * institution's scanner sends it in place of the code, and a forged or altered QR code is told apart from a real
 * one. It carries the code and the validity, no personal data. Whether the credential still holds is always asked of
 * the server, which knows of revocation.
 */
public final class CredentialTokens {

    static final String ISSUER = "jingwu";
    static final String AUDIENCE = "jingwu-credential";

    private CredentialTokens() {
    }

    public static String sign(String code, Instant issuedAt, Instant validUntil) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(code)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(validUntil))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a credential token", e);
        }
        return jwt.serialize();
    }

    /** The code a genuine token carries; empty for anything else. Expiry is for the credential's status to say. */
    public static Optional<String> code(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            List<String> audience = claims.getAudience();
            if (!ISSUER.equals(claims.getIssuer()) || audience == null || !audience.contains(AUDIENCE)) {
                return Optional.empty();
            }
            return CredentialCodes.canonical(claims.getSubject());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A token has three dot-separated parts; a code has none. */
    public static boolean looksLikeToken(String text) {
        return text != null && text.chars().filter(c -> c == '.').count() == 2;
    }

    private static byte[] key() {
        return Keyring.keys().purposeKey("credential-token");
    }
}
