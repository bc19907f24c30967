package io.jingwu.api.institutions.control;

import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.institutions.entity.Admission.Outcome;
import io.jingwu.api.institutions.entity.ApiKey;
import io.jingwu.api.institutions.entity.InstitutionKind;
import io.jingwu.api.institutions.entity.RelyingInstitution;
import io.jingwu.api.platform.crypto.Digests;
import io.jingwu.api.platform.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Admits relying institutions by their API key, for every endpoint they call. Nothing is cached: a rotated or
 * revoked key is refused by every instance from the moment the administrator's change is committed. Each admission
 * reads one row by its unique prefix and counts one hit of the institution's allowance per minute, in the
 * database, so that the allowance holds however many instances serve the institution.
 * <p>
 * No transaction of its own: the read needs none, the count is committed in one of its own ({@link RateLimits}),
 * and so is the last use when it is due ({@link InstitutionUses}). A check never holds two database connections at
 * once, however many checks wait for one.
 */
@ApplicationScoped
public class InstitutionKeys {

    /** The rate-limit bucket of the institutions' allowances; the subject is the institution's id. */
    static final String BUCKET = "institution-key";
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** How stale {@code last_used_at} may get: at most one write a minute per institution, not one per check. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** Compared against when no institution has the prefix, so that an unknown prefix costs the same hash work. */
    private static final byte[] NO_HASH = Digests.sha256("no institution holds this prefix").getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    @Inject
    InstitutionUses uses;

    @Inject
    Clock clock;

    /**
     * Who is calling, if the key is genuine and active, and whether its per-minute allowance has room.
     * <p>
     * An admitted check stays counted whatever becomes of the caller's work (a failing check must not be a free one).
     * A refused key is not counted.
     *
     * @param apiKey the {@code X-Api-Key} header as sent; null, blank or malformed is {@link Outcome#UNKNOWN}
     */
    public Admission admit(String apiKey) {
        return admit(apiKey, institution -> new Allowance(BUCKET, institution.checksPerMinute()), EnumSet.allOf(InstitutionKind.class));
    }

    /**
     * An allowance per minute: a bucket of its own, counted apart from the others (a bank's alarms do not spend
     * its identity checks), and its size.
     */
    public record Allowance(String bucket, int perMinute) {
    }

    /**
     * As {@link #admit(String)}, for an endpoint with an allowance of its own and for some kinds of institution only.
     * A key of another kind is {@link Outcome#WRONG_KIND} and is not counted.
     */
    public Admission admit(String apiKey, Function<RelyingInstitution, Allowance> allowanceOf, Set<InstitutionKind> kinds) {
        Optional<ApiKey> key = ApiKey.parse(apiKey);
        if (key.isEmpty()) {
            return Admission.unknown();
        }
        Optional<RelyingInstitution> holder = holderOf(key.get().prefix());
        if (holder.isEmpty()) {
            MessageDigest.isEqual(NO_HASH, key.get().hash().getBytes(StandardCharsets.US_ASCII));
            return Admission.unknown();
        }
        RelyingInstitution institution = holder.get();
        if (!institution.opensWith(key.get())) {
            return Admission.unknown();
        }
        if (!kinds.contains(institution.kind())) {
            return Admission.of(Outcome.WRONG_KIND, institution);
        }
        Allowance allowance = allowanceOf.apply(institution);
        if (!rateLimits.tryHit(allowance.bucket(), String.valueOf(institution.id()), allowance.perMinute(), WINDOW)) {
            return Admission.of(Outcome.TOO_MANY, institution);
        }
        Instant now = clock.instant();
        if (institution.lastUsedBefore(now.minus(LAST_USED_PRECISION))) {
            recordUse(institution.id(), now);
        }
        return Admission.of(Outcome.ADMITTED, institution);
    }

    Optional<RelyingInstitution> holderOf(String prefix) {
        return em.createNamedQuery(RelyingInstitution.BY_KEY_PREFIX, RelyingInstitution.class)
                .setParameter("prefix", prefix)
                .getResultStream().findFirst();
    }

    void recordUse(long institutionId, Instant now) {
        uses.record(institutionId, now, LAST_USED_PRECISION);
    }
}
