package io.jingwu.api.platform.ratelimit;

import io.jingwu.api.platform.clientaddress.AddressRanges;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.clientaddress.IpAddresses;
import io.jingwu.api.platform.crypto.Keyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * Sliding-window limits ("at most 5 codes per phone per hour"), counted in the database so that every instance shares
 * them ({@link RateLimitCounter} for how the window is counted). Subjects are stored as keyed hashes, so the table
 * holds no phone numbers or addresses, not even guessable ones. Each hit is counted in a short transaction of its own
 * ({@link RateLimitCounters}), committed before the caller goes on: a refused hit is not counted, an admitted one stays
 * counted whatever becomes of the caller's work.
 */
@ApplicationScoped
public class RateLimits {

    static final String KIOSK_ADDRESSES = "jingwu.citizen.kiosk-addresses";

    @Inject
    RateLimitCounters counters;

    /**
     * Shared kiosks (campus, station halls) serve many people from one address: no per-address limit holds them.
     * Addresses or networks, matched against the client's address as {@link ClientAddress} resolves it.
     */
    @Inject
    @ConfigProperty(name = KIOSK_ADDRESSES, defaultValue = "none")
    List<String> kioskAddresses;

    private volatile AddressRanges kiosks;

    /**
     * True, and the hit counted, when the last {@code window} holds fewer than {@code limit} hits (as
     * {@link RateLimitCounter} counts them). Concurrent calls on any number of instances never let more than
     * {@code limit} through.
     */
    public boolean tryHit(String bucket, String subject, int limit, Duration window) {
        return counters.tryHit(bucket, hashed(bucket, subject), limit, window);
    }

    /**
     * Forgets one of the subject's counted hits, for an attempt counted up front that turned out not to count (a
     * sign-in that succeeded). Which of the subject's hits goes does not matter: only their number in the window does.
     */
    public void takeBack(String bucket, String subject, Duration window) {
        counters.takeBack(bucket, hashed(bucket, subject), window);
    }

    /**
     * {@link #tryHit} with the client's address ({@link ClientAddress}) as the subject: an IPv4 address itself, an
     * IPv6 address by its /64 ({@link IpAddresses#limitSubject}). Always true for a shared kiosk's address.
     */
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
}
