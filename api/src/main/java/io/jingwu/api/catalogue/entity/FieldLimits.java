package io.jingwu.api.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The optional limits of a field, each meaningful for some data types only: lengths (in characters as people
 * count them) for texts; minimum and maximum for numbers and amounts (decimals) and for dates and date-times
 * (an ISO date or date-time, or a signed ISO period from today: {@code P0D} is today, {@code -P10Y} ten years
 * ago); a regular expression for texts with the key of the message that explains it.
 */
@Embeddable
public class FieldLimits {

    public static final FieldLimits NONE = new FieldLimits(null, null, null, null, null, null);

    @Column(name = "min_length")
    private Integer minLength;

    @Column(name = "max_length")
    private Integer maxLength;

    @Column(name = "min_value")
    private String min;

    @Column(name = "max_value")
    private String max;

    private String pattern;

    @Column(name = "pattern_message_key")
    private String patternMessageKey;

    protected FieldLimits() {
    }

    public FieldLimits(Integer minLength, Integer maxLength, String min, String max, String pattern,
                       String patternMessageKey) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.min = min;
        this.max = max;
        this.pattern = pattern;
        this.patternMessageKey = patternMessageKey;
    }

    public static FieldLimits length(Integer minLength, Integer maxLength) {
        return new FieldLimits(minLength, maxLength, null, null, null, null);
    }

    public static FieldLimits range(String min, String max) {
        return new FieldLimits(null, null, min, max, null, null);
    }

    public Integer minLength() {
        return minLength;
    }

    public Integer maxLength() {
        return maxLength;
    }

    public String min() {
        return min;
    }

    public String max() {
        return max;
    }

    public String pattern() {
        return pattern;
    }

    public String patternMessageKey() {
        return patternMessageKey;
    }
}
