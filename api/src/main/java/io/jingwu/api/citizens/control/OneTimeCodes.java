package io.jingwu.api.citizens.control;

import io.jingwu.api.platform.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * The six-digit codes sent to citizens' phones, to open a request or to confirm an identity verification: how long
 * they last, and how many a phone and a client address may be sent in an hour. One setting for every kind of code.
 */
@ApplicationScoped
public class OneTimeCodes {

    private static final Duration HOUR = Duration.ofHours(1);

    private final SecureRandom random = new SecureRandom();

    @Inject
    RateLimits rateLimits;

    @Inject
    @ConfigProperty(name = "jingwu.citizen.code-lifetime", defaultValue = "PT5M")
    Duration lifetime;

    @Inject
    @ConfigProperty(name = "jingwu.citizen.codes-per-phone-per-hour", defaultValue = "5")
    int perPhone;

    @Inject
    @ConfigProperty(name = "jingwu.citizen.codes-per-address-per-hour", defaultValue = "20")
    int perAddress;

    public String next() {
        return "%06d".formatted(random.nextInt(1_000_000));
    }

    public Duration lifetime() {
        return lifetime;
    }

    /**
     * True, and counted, when the phone and the client's address may be sent another code of this purpose this hour
     * (shared kiosks' addresses are not limited).
     *
     * @param phone the phone as given, E.164 when it could be read
     */
    public boolean maySend(String purpose, String phone, String clientAddress) {
        return rateLimits.tryHit(purpose + "-phone", String.valueOf(phone), perPhone, HOUR)
                && rateLimits.tryHitFromAddress(purpose + "-address", clientAddress, perAddress, HOUR);
    }
}
