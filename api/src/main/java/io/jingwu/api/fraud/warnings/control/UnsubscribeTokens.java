package io.jingwu.api.fraud.warnings.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jingwu.api.platform.crypto.Keyring;

import java.text.ParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token in every warning's unsubscribe link (JWT, HS256, with a key derived for this purpose alone): it names the
 * subscription it ends ({@code sub}, the subscription's random token id) and nothing else, so that the link works
 * without signing in while nobody can make one up or turn one into another's. It carries no issuer, audience or
 * expiry: every character of the link costs room in the text message, the purpose's own key already refuses a token
 * signed for anything else, and a link in an old message should still work.
 */
public final class UnsubscribeTokens {

    private static final String PURPOSE = "fraud-unsubscribe-token";
    /** 72 random bits in base64url: {@code RandomTokens.urlSafe(9)}. */
    private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9_-]{12}");

    private UnsubscribeTokens() {
    }

    public static String sign(String tokenId) {
        if (!TOKEN_ID.matcher(tokenId).matches()) {
            throw new IllegalArgumentException("Not a subscription's token id");
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(tokenId).build());
        try {
            jwt.sign(new MACSigner(key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an unsubscribe token", e);
        }
        return jwt.serialize();
    }

    /** The token id a genuine token names; empty for anything else (forged, altered, signed for another purpose). */
    public static Optional<String> tokenId(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.strip());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key()))) {
                return Optional.empty();
            }
            return Optional.ofNullable(jwt.getJWTClaimsSet().getSubject()).filter(id -> TOKEN_ID.matcher(id).matches());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static byte[] key() {
        return Keyring.keys().purposeKey(PURPOSE);
    }
}
