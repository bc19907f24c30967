package io.jingwu.api.staff.control;

import io.jingwu.api.platform.clientaddress.IpAddresses;
import io.jingwu.api.platform.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Failed sign-ins per client address and minute, in front of each account's own lockout: password spraying over
 * many accounts from one address, and the PBKDF2 work every attempt costs the server, stop at
 * {@code jingwu.staff.failed-sign-ins-per-address-per-minute}. Each attempt is counted before its password is
 * checked, so that attempts sent at once cannot all slip through, and given back when it succeeds: the clerks of a
 * station behind one address do not keep each other out. Each call is committed in a short transaction of its own
 * ({@link RateLimits}), before the slow password check.
 */
@ApplicationScoped
public class SignInThrottle {

    static final String BUCKET = "staff-sign-in-address";
    /** Also how long a refused address is asked to wait: by then its oldest failure has left the window. */
    public static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    RateLimits rateLimits;

    @Inject
    @ConfigProperty(name = "jingwu.staff.failed-sign-ins-per-address-per-minute", defaultValue = "20")
    int perMinute;

    /**
     * True, and the attempt counted, while the address has failed fewer times than allowed in the last minute. An
     * IPv6 client counts by its /64, like every per-address limit; kiosks get no exemption here (staff do not sign
     * in on citizens' kiosks).
     */
    public boolean admit(String clientAddress) {
        return rateLimits.tryHit(BUCKET, IpAddresses.limitSubject(clientAddress), perMinute, WINDOW);
    }

    /** The admitted attempt signed in: it no longer counts against the address. */
    public void succeeded(String clientAddress) {
        rateLimits.takeBack(BUCKET, IpAddresses.limitSubject(clientAddress), WINDOW);
    }
}
