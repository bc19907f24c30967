package io.jingwu.api.fraud.index.entity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The five levels of the anti-fraud index, as a weather forecast names its warnings, each from the lowest score
 * that reaches it ({@link #from()}, included) to the next level's. Their numbers are published and stable.
 */
public enum RiskLevel {
    /** 低风险: fewer than one victim-equivalent per 100,000 residents in 30 days. */
    LOW(1, "0"),
    /** 较低风险 */
    GUARDED(2, "1"),
    /** 中风险 */
    ELEVATED(3, "3"),
    /** 高风险 */
    HIGH(4, "6"),
    /** 极高风险 */
    SEVERE(5, "10");

    private final int number;
    private final BigDecimal from;

    RiskLevel(int number, String from) {
        this.number = number;
        this.from = new BigDecimal(from);
    }

    /** 1 (low) to 5 (severe). */
    public int number() {
        return number;
    }

    /** The lowest score of this level. */
    public BigDecimal from() {
        return from;
    }

    /** The highest level whose lowest score the score reaches; a score below zero cannot be had. */
    public static RiskLevel ofScore(BigDecimal score) {
        return Arrays.stream(values()).filter(level -> score.compareTo(level.from) >= 0)
                .max(Comparator.comparingInt(RiskLevel::number)).orElse(LOW);
    }

    /** @throws IllegalArgumentException for a number outside 1 to 5 */
    public static RiskLevel ofNumber(int number) {
        return Arrays.stream(values()).filter(level -> level.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No risk level " + number));
    }
}
