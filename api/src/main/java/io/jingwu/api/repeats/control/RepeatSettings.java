package io.jingwu.api.repeats.control;

import io.jingwu.api.repeats.entity.RepeatKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far back a new request looks for the requests it repeats, per kind, and how close two texts must be.
 * {@code jingwu.repeats.window.same-phone} (P30D), {@code ...same-place} (P7D), {@code ...similar-text} (P3D), as
 * ISO-8601 durations; {@code jingwu.repeats.similar-text.max-distance}: the most bits two text fingerprints may
 * differ in (8, also the most the index of similar texts answers for). With 64 bits, one changed character in a 40 to 70 character complaint moves the fingerprint by
 * 4 to 6 bits (9 in one of ten), while different complaints on the same topic are 14 or more apart: 3, the usual
 * figure for long web pages, would miss most such edits. Checked when the application starts.
 */
@ApplicationScoped
public class RepeatSettings {

    static final String WINDOW = "jingwu.repeats.window.";
    static final String MAX_DISTANCE = "jingwu.repeats.similar-text.max-distance";
    static final String DEFAULT_MAX_DISTANCE = "8";

    @Inject
    @ConfigProperty(name = WINDOW + "same-phone", defaultValue = "P30D")
    String samePhone;

    @Inject
    @ConfigProperty(name = WINDOW + "same-place", defaultValue = "P7D")
    String samePlace;

    @Inject
    @ConfigProperty(name = WINDOW + "similar-text", defaultValue = "P3D")
    String similarText;

    @Inject
    @ConfigProperty(name = MAX_DISTANCE, defaultValue = DEFAULT_MAX_DISTANCE)
    int maxDistance;

    private final Map<RepeatKind, Duration> windows = new EnumMap<>(RepeatKind.class);

    @PostConstruct
    void check() {
        windows.put(RepeatKind.SAME_PHONE, window("same-phone", samePhone));
        windows.put(RepeatKind.SAME_PLACE, window("same-place", samePlace));
        windows.put(RepeatKind.SIMILAR_TEXT, window("similar-text", similarText));
        if (maxDistance < 0 || maxDistance > SimilarTextBlocks.MAX_DISTANCE) {
            throw new IllegalStateException(MAX_DISTANCE + " must be a number of bits from 0 to "
                    + SimilarTextBlocks.MAX_DISTANCE + " (what the index of similar texts can find), not " + maxDistance);
        }
    }

    /** Created when the application starts, so that a misspelt window stops the start, not the first submission. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // check() has run
    }

    public Duration window(RepeatKind kind) {
        return windows.get(kind);
    }

    public int maxDistance() {
        return maxDistance;
    }

    static Duration window(String kind, String configured) {
        Duration window;
        try {
            window = Duration.parse(configured.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(WINDOW + kind + " must be an ISO-8601 duration such as P7D or PT12H, not \""
                    + configured + "\"");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalStateException(WINDOW + kind + " must be positive, not " + configured);
        }
        return window;
    }
}
