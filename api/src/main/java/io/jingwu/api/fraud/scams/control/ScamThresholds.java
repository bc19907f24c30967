package io.jingwu.api.fraud.scams.control;

import java.util.Map;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.fraud.scams.entity.ScamReading;
import io.jingwu.api.fraud.scams.entity.ScamVerdict;

/**
 * Where the model's probabilities turn into a verdict. Between {@code notScamBelow} and {@code scamFrom} the model
 * says it is not sure: telling a citizen that a scam is harmless is the costliest mistake, and a wrong alarm wastes
 * the trust the check needs; "not sure" sends them to the cues and to a person instead.
 *
 * @param scamFrom the least probability of a scam that is called a scam
 * @param notScamBelow a probability of a scam under this is called no scam
 * @param kindFrom the least share of the scam probability its most probable kind must hold to be named; below it the
 *        kind is {@link ScamKind#OTHER_SCAM}
 */
public record ScamThresholds(double scamFrom, double notScamBelow, double kindFrom) {

    /**
     * Chosen by 5-fold cross-validation of the corpus ({@code bench/scam-model.sh --sweep}; docs/BENCHMARKS.md,
     * "Anti-fraud text model"). A scam from 0.5: the best F1 of scam against ordinary (0.897; 0.887 at 0.55, 0.893 at
     * 0.45). Not a scam below 0.4: the highest value that tells no more than one scam in twenty it is harmless (0.046
     * of them; the rest of the band, 9.5 % of all texts, is "not sure"). A kind named from 0.2 of the scam
     * probability: every fallback to {@link ScamKind#OTHER_SCAM} costs kind accuracy (0.813 with none, 0.808 at 0.2,
     * 0.794 at 0.3, 0.736 at 0.5), so only answers spread over the kinds fall back.
     */
    public static final ScamThresholds CALIBRATED = new ScamThresholds(0.5, 0.4, 0.2);

    public ScamThresholds {
        if (!(0 <= notScamBelow && notScamBelow <= scamFrom && scamFrom <= 1 && 0 <= kindFrom && kindFrom <= 1)) {
            throw new IllegalArgumentException("thresholds out of order: " + notScamBelow + " " + scamFrom + " " + kindFrom);
        }
    }

    ScamReading judge(ScamOdds odds) {
        if (!odds.languageRead()) {
            return ScamReading.unreadable();
        }
        if (odds.scam() == null) {
            return ScamReading.nothingToWeigh();
        }
        double scam = odds.scam();
        if (scam < notScamBelow) {
            return new ScamReading(ScamVerdict.NOT_SCAM, null, scam, odds.kinds(), true);
        }
        if (scam < scamFrom) {
            return new ScamReading(ScamVerdict.NOT_SURE, null, scam, odds.kinds(), true);
        }
        Map.Entry<ScamKind, Double> likeliest = odds.kinds().entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow();
        ScamKind kind = likeliest.getValue() >= kindFrom * scam ? likeliest.getKey() : ScamKind.OTHER_SCAM;
        return new ScamReading(ScamVerdict.SCAM, kind, scam, odds.kinds(), true);
    }
}
