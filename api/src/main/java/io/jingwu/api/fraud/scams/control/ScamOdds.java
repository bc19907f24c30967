package io.jingwu.api.fraud.scams.control;

import java.util.Map;

import io.jingwu.api.fraud.scams.entity.ScamKind;

/**
 * What the model weighed for a text, before any threshold: the probability that it is a scam and, per kind, that it
 * is a scam of that kind.
 *
 * @param scam null when the model had nothing to weigh
 */
record ScamOdds(boolean languageRead, Double scam, Map<ScamKind, Double> kinds) {

    static final ScamOdds UNREADABLE = new ScamOdds(false, null, Map.of());
    static final ScamOdds NOTHING_TO_WEIGH = new ScamOdds(true, null, Map.of());
}
