package io.jingwu.api.documents.control;

import io.jingwu.api.platform.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How often one client address may have documents checked: enough for anyone filling in a form, too few to
 * try numbers in bulk and learn which exist. Shared kiosks are exempt ({@link RateLimits#tryHitFromAddress}).
 */
@ApplicationScoped
public class ValidationRateLimit {

    private static final String BUCKET = "document-validation-address";

    @Inject
    RateLimits rateLimits;

    @Inject
    @ConfigProperty(name = "jingwu.identity.validations-per-address-per-hour", defaultValue = "30")
    int perAddressPerHour;

    /** True, and the check counted, while the address is under its hourly limit. */
    public boolean tryCheck(String clientAddress) {
        return rateLimits.tryHitFromAddress(BUCKET, clientAddress, perAddressPerHour, Duration.ofHours(1));
    }
}
