package io.jingwu.api.fraud.scams.control;

import java.util.EnumMap;
import java.util.Map;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.fraud.scams.entity.ScamReading;
import io.jingwu.api.platform.language.TextModel;
import io.jingwu.api.platform.language.TextScripts;

/**
 * The trained anti-fraud text model, in two stages: one categorizer tells scams from ordinary texts, trained on the
 * whole corpus; another tells the kinds of scam apart, trained on the scams only. The probability of a scam of a kind
 * is the first's probability of a scam times the second's of that kind. Cross-validation chose this over one
 * categorizer of the nine kinds and {@code ORDINARY} (docs/BENCHMARKS.md). Safe to share between threads, as its
 * {@link TextModel}s.
 */
public final class ScamModel {

    private final TextModel scamOrNot;
    private final TextModel kinds;
    private final ScamThresholds thresholds;

    ScamModel(TextModel scamOrNot, TextModel kinds, ScamThresholds thresholds) {
        this.scamOrNot = scamOrNot;
        this.kinds = kinds;
        this.thresholds = thresholds;
    }

    /** Scam or not, which kind, with what probability, and whether the model could read the text at all. */
    public ScamReading read(String text) {
        return thresholds.judge(odds(text));
    }

    /** The probabilities the reading is made from; for cross-validation, which tries other thresholds on them. */
    ScamOdds odds(String text) {
        if (!TextScripts.readable(text)) {
            return ScamOdds.UNREADABLE;
        }
        Map<String, Double> scamOrOrdinary = scamOrNot.probabilities(text);
        if (scamOrOrdinary.isEmpty()) {
            return ScamOdds.NOTHING_TO_WEIGH;
        }
        double scam = scamOrOrdinary.get(ScamModelTrainer.SCAM);
        Map<String, Double> ofKind = kinds.probabilities(text);
        Map<ScamKind, Double> scamOfKind = new EnumMap<>(ScamKind.class);
        for (ScamKind kind : ScamKind.values()) {
            // words seen only in ordinary texts say nothing of the kind: every kind as likely as the next
            double share = ofKind.isEmpty() ? 1.0 / ScamKind.values().length : ofKind.getOrDefault(kind.name(), 0.0);
            scamOfKind.put(kind, scam * share);
        }
        return new ScamOdds(true, scam, scamOfKind);
    }
}
