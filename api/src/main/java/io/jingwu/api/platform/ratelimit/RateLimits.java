package io.jingwu.api.platform.ratelimit;

import io.jingwu.api.platform.clientaddress.AddressRanges;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.clientaddress.IpAddresses;
import io.jingwu.api.platform.crypto.Keyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Sliding-window limits ("at most 5 codes per phone per hour"). Subjects are stored as keyed hashes, so the
 * table holds no phone numbers or addresses, not even guessable ones. Hits are recorded in the caller's transaction: a refused attempt is not counted.
 */
@ApplicationScoped
public class RateLimits {

    static final String KIOSK_ADDRESSES = "jingwu.citizen.kiosk-addresses";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Shared kiosks (campus, station halls) serve many people from one address: no per-address limit holds them.
     * Addresses or networks, matched against the client's address as {@link ClientAddress} resolves it.
     */
    @Inject
    @ConfigProperty(name = KIOSK_ADDRESSES, defaultValue = "none")
    List<String> kioskAddresses;

    private volatile AddressRanges kiosks;

    /**
     * True, and the hit counted, when fewer than {@code limit} hits fell in the last {@code window}. Calls for one
     * subject take turns (a lock on its row until the caller's transaction ends), so concurrent calls on any number
     * of instances never let more than {@code limit} through.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryHit(String bucket, String subject, int limit, Duration window) {
        Instant now = clock.instant();
        String hashed = hashed(bucket, subject);
        em.createNativeQuery("INSERT INTO rate_limit_subjects (bucket, subject, last_hit_at) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE last_hit_at = last_hit_at")
                .setParameter(1, bucket)
                .setParameter(2, hashed)
                .setParameter(3, utc(now))
                .executeUpdate();
        long recent = ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM rate_limit_hits WHERE bucket = ? AND subject = ? AND occurred_at > ?")
                .setParameter(1, bucket)
                .setParameter(2, hashed)
                .setParameter(3, utc(now.minus(window)))
                .getSingleResult()).longValue();
        if (recent >= limit) {
            return false;
        }
        em.createNativeQuery("INSERT INTO rate_limit_hits (bucket, subject, occurred_at) VALUES (?, ?, ?)")
                .setParameter(1, bucket)
                .setParameter(2, hashed)
                .setParameter(3, utc(now))
                .executeUpdate();
        em.createNativeQuery("UPDATE rate_limit_subjects SET last_hit_at = ? WHERE bucket = ? AND subject = ?")
                .setParameter(1, utc(now))
                .setParameter(2, bucket)
                .setParameter(3, hashed)
                .executeUpdate();
        return true;
    }

    /**
     * Forgets the subject's newest hit, for an attempt counted up front that turned out not to count (a sign-in that
     * succeeded). Which of the subject's hits goes does not matter: only their number in the window does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeBack(String bucket, String subject) {
        em.createNativeQuery("DELETE FROM rate_limit_hits WHERE bucket = ? AND subject = ?"
                        + " ORDER BY occurred_at DESC, id DESC LIMIT 1")
                .setParameter(1, bucket)
                .setParameter(2, hashed(bucket, subject))
                .executeUpdate();
    }

    /**
     * {@link #tryHit} with the client's address ({@link ClientAddress}) as the subject: an IPv4 address itself, an
     * IPv6 address by its /64 ({@link IpAddresses#limitSubject}). Always true for a shared kiosk's address.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryHitFromAddress(String bucket, String clientAddress, int limit, Duration window) {
        return kiosks().contains(clientAddress)
                || tryHit(bucket, IpAddresses.limitSubject(clientAddress), limit, window);
    }

    private AddressRanges kiosks() {
        if (kiosks == null) {
            kiosks = AddressRanges.parse(kioskAddresses, KIOSK_ADDRESSES);
        }
        return kiosks;
    }

    private static String hashed(String bucket, String subject) {
        return Keyring.keys().lookupHash("rate-limit:" + bucket, subject);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
