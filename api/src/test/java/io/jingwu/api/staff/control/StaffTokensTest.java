package io.jingwu.api.staff.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jingwu.api.staff.MutableClock;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffTokensTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final StaffActor CLERK = new StaffActor("wang.li", Set.of(StaffRole.CLERK, StaffRole.SUPERVISOR), Set.of(7L, 3L));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00.700Z"));
    private final StaffTokens tokens = new StaffTokens(KEY, clock, Duration.ofHours(8));

    @Test
    void anIssuedTokenIsValidAndNamesItsUser() throws Exception {
        String token = tokens.issue(CLERK, 0);

        StaffTokens.Verdict verdict = tokens.verify(token);

        assertEquals(StaffTokens.Verdict.Status.VALID, verdict.status());
        assertEquals("wang.li", verdict.username());
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), verdict.issuedAt());
        assertEquals(3, tokens.verify(tokens.issue(CLERK, 3)).generation());
    }

    @Test
    void theClaimsAreThoseClientsAndOtherServicesRelyOn() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(tokens.issue(CLERK, 0)).getJWTClaimsSet();

        assertEquals("wang.li", claims.getSubject());
        assertEquals(List.of("CLERK", "SUPERVISOR"), claims.getStringListClaim("groups"));
        assertEquals(List.of(3L, 7L), claims.getListClaim("units"));
        assertEquals("jingwu", claims.getIssuer());
        assertEquals(List.of("jingwu-staff"), claims.getAudience());
        assertEquals(Duration.ofHours(8), Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()));
        assertTrue(claims.getJWTID() != null && !claims.getJWTID().isBlank());
        assertEquals(0L, claims.getLongClaim("gen"));
        assertNotEquals(claims.getJWTID(), SignedJWT.parse(tokens.issue(CLERK, 0)).getJWTClaimsSet().getJWTID());
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        String token = tokens.issue(CLERK, 0);

        clock.advance(Duration.ofHours(8));
        assertEquals(StaffTokens.Verdict.Status.VALID, tokens.verify(token).status(), "within the allowed clock skew");

        clock.advance(StaffTokens.CLOCK_SKEW);
        assertEquals(StaffTokens.Verdict.Status.EXPIRED, tokens.verify(token).status());
    }

    @Test
    void aTamperedTokenIsInvalid() {
        String[] parts = tokens.issue(CLERK, 0).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CLERK\"", "\"ADMIN\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertEquals(StaffTokens.Verdict.Status.INVALID, tokens.verify(forged).status());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsInvalid() {
        StaffTokens elsewhere = new StaffTokens("another key of at least 32 bytes!!".getBytes(StandardCharsets.US_ASCII),
                clock, Duration.ofHours(8));

        assertEquals(StaffTokens.Verdict.Status.INVALID, tokens.verify(elsewhere.issue(CLERK, 0)).status());
    }

    @Test
    void anUnsignedTokenIsInvalid() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String[] parts = tokens.issue(CLERK, 0).split("\\.");

        assertEquals(StaffTokens.Verdict.Status.INVALID, tokens.verify(header + "." + parts[1] + ".").status());
        assertEquals(StaffTokens.Verdict.Status.INVALID, tokens.verify("not a token").status());
        assertEquals(StaffTokens.Verdict.Status.INVALID, tokens.verify("").status());
    }

    @Test
    void aGenuineTokenMeantForSomethingElseIsInvalid() throws Exception {
        Instant now = clock.instant();
        JWTClaimsSet citizen = new JWTClaimsSet.Builder().issuer("jingwu").audience("jingwu-citizen").subject("ABCD-EFGH-JKLM")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), citizen);
        jwt.sign(new MACSigner(KEY));

        assertEquals(StaffTokens.Verdict.Status.INVALID, tokens.verify(jwt.serialize()).status());
    }

    @Test
    void aTokenFromTheFutureIsInvalid() {
        clock.advance(Duration.ofMinutes(5));
        String token = tokens.issue(CLERK, 0);
        clock.advance(Duration.ofMinutes(-5));

        assertEquals(StaffTokens.Verdict.Status.INVALID, tokens.verify(token).status());
    }
}
