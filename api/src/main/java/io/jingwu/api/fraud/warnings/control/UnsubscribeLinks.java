package io.jingwu.api.fraud.warnings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The link at the end of every warning that ends the subscription it was sent for:
 * {@code <public base URL>/fraud/unsubscribe.xhtml?token=<signed token>}. The base is where citizens reach the portal
 * ({@code jingwu.public-base-url}), which the server cannot tell from behind its proxies.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    static final String PATH = "/fraud/unsubscribe.xhtml?token=";

    /** Any subscription's token is as long as this one's: the token ids all have twelve characters. */
    private static final String SAMPLE_TOKEN_ID = "AAAAAAAAAAAA";

    @Inject
    @ConfigProperty(name = "jingwu.public-base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    UnsubscribeLinks() {
    }

    UnsubscribeLinks(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The link for the subscription with this token id. */
    public String of(String tokenId) {
        return base() + PATH + UnsubscribeTokens.sign(tokenId);
    }

    /** A link as long as every real one, to measure a message before it is sent. */
    public String sample() {
        return of(SAMPLE_TOKEN_ID);
    }

    private String base() {
        String base = baseUrl.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
