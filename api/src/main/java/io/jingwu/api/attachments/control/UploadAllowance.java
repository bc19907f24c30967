package io.jingwu.api.attachments.control;

import io.jingwu.api.platform.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How many images a citizen may send in an hour, per citizen token and per client address: every upload costs a
 * read and a decode, refused ones included, so they are counted before the body is read. A request holds five
 * images; the allowance leaves room for retries and refusals, not for decoding on someone else's behalf. Shared
 * kiosks, where students send their ID photos one after another, are exempt from the per-address limit
 * ({@link RateLimits#tryHitFromAddress}), never from the per-token one.
 */
@ApplicationScoped
public class UploadAllowance {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    RateLimits rateLimits;

    @Inject
    @ConfigProperty(name = "jingwu.attachments.uploads-per-token-per-hour", defaultValue = "20")
    int perToken;

    @Inject
    @ConfigProperty(name = "jingwu.attachments.uploads-per-address-per-hour", defaultValue = "100")
    int perAddress;

    /** True, and the upload counted, while both the token and the address are under their hourly limits. */
    public boolean tryUpload(String citizenTokenKey, String clientAddress) {
        return rateLimits.tryHit("evidence-token", citizenTokenKey, perToken, HOUR)
                && rateLimits.tryHitFromAddress("evidence-address", clientAddress, perAddress, HOUR);
    }
}
