package io.jingwu.api.fraud.index.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the formula makes of a window's figures: the score (2 decimals), its level, and the kinds of scam most
 * reported, most reported first.
 */
public record IndexReading(BigDecimal score, RiskLevel level, List<ScamKindCount> topScamKinds) {

    public IndexReading {
        topScamKinds = List.copyOf(topScamKinds);
    }
}
