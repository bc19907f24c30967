package io.jingwu.api.staff.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jingwu.api.platform.secrets.Secrets;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Issues and checks the signed tokens (JWT, HS256) that staff send as {@code Authorization: Bearer} to the API.
 * The key is {@code jingwu.auth.signing-key}, the same on every instance, so any instance accepts a token any
 * other issued. Claims: {@code iss} jingwu, {@code aud} jingwu-staff (a token meant for anything else is refused),
 * {@code sub} the user name, {@code groups} the roles, {@code units} the unit ids, {@code iat}, {@code exp}
 * ({@code jingwu.auth.token-lifetime}, ISO-8601, 8 hours by default), a random {@code jti}, and {@code gen}, the
 * account's token generation, which a password reset raises so that earlier tokens stop working.
 * The roles and units in a token describe the user when it was issued, for clients; the server looks up the
 * user's current ones on every request.
 */
@ApplicationScoped
public class StaffTokens {

    public static final String SIGNING_KEY = "jingwu.auth.signing-key";
    static final String ISSUER = "jingwu";
    static final String AUDIENCE = "jingwu-staff";
    static final String GENERATION = "gen";
    /** Instances of a cluster may disagree a little about the time. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "jingwu.auth.token-lifetime", defaultValue = "PT8H")
    String configuredLifetime;

    private MACSigner signer;
    private MACVerifier verifier;
    private Duration lifetime;

    StaffTokens() {
    }

    StaffTokens(byte[] key, Clock clock, Duration lifetime) {
        this.clock = clock;
        use(key, lifetime);
    }

    @PostConstruct
    void init() {
        Duration parsed;
        try {
            parsed = Duration.parse(configuredLifetime);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("jingwu.auth.token-lifetime must be an ISO-8601 duration such as PT8H, not "
                    + configuredLifetime);
        }
        use(secrets.key(SIGNING_KEY, 32), parsed);
    }

    /** Created when the application starts, so that a missing or short key stops the start, not the first sign-in. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // init() has run
    }

    private void use(byte[] key, Duration tokenLifetime) {
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalStateException("jingwu.auth.token-lifetime must be positive");
        }
        try {
            signer = new MACSigner(key);
            verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("The key " + SIGNING_KEY + " cannot sign tokens: " + e.getMessage(), e);
        }
        lifetime = tokenLifetime;
    }

    public String issue(StaffActor actor, int tokenGeneration) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(actor.username())
                .claim("groups", actor.roles().stream().map(Enum::name).sorted().toList())
                .claim("units", actor.unitIds().stream().sorted().toList())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(GENERATION, tokenGeneration)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** Checks signature, algorithm, issuer, audience and times; says nothing yet about whether the user may still act. */
    public Verdict verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Verdict.INVALID;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            String subject = claims.getSubject();
            Date issued = claims.getIssueTime();
            Date expires = claims.getExpirationTime();
            List<String> audience = claims.getAudience();
            Long generation = claims.getLongClaim(GENERATION);
            if (!ISSUER.equals(claims.getIssuer()) || audience == null || !audience.contains(AUDIENCE)
                    || subject == null || subject.isBlank() || issued == null || expires == null || generation == null) {
                return Verdict.INVALID;
            }
            Instant now = clock.instant();
            if (issued.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
                return Verdict.INVALID;
            }
            if (!now.isBefore(expires.toInstant().plus(CLOCK_SKEW))) {
                return Verdict.EXPIRED;
            }
            return new Verdict(Verdict.Status.VALID, subject, issued.toInstant(), generation.intValue());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Verdict.INVALID;
        }
    }

    /** What a token says, if it is genuine and current. */
    public record Verdict(Status status, String username, Instant issuedAt, int generation) {

        static final Verdict INVALID = new Verdict(Status.INVALID, null, null, -1);
        static final Verdict EXPIRED = new Verdict(Status.EXPIRED, null, null, -1);

        public boolean valid() {
            return status == Status.VALID;
        }

        public enum Status { VALID, EXPIRED, INVALID }
    }
}
