package io.jingwu.api.fraud.checks.control;

import io.jingwu.api.platform.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How many checks one client address may make: plenty for a worried citizen, too few to read the anti-fraud list
 * by trying numbers in bulk, or to keep the text model busy for somebody else's product. Shared kiosks are exempt
 * ({@link RateLimits#tryHitFromAddress}).
 */
@ApplicationScoped
public class CheckAllowance {

    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final String BUCKET = "fraud-check-address";

    @Inject
    RateLimits rateLimits;

    @Inject
    @ConfigProperty(name = "jingwu.fraud.checks-per-address-per-10-minutes", defaultValue = "40")
    int perAddress;

    /** True, and the check counted, while the address is under its limit. */
    public boolean tryCheck(String clientAddress) {
        return rateLimits.tryHitFromAddress(BUCKET, clientAddress, perAddress, WINDOW);
    }
}
