package io.jingwu.api.fraud.scams.entity;

import java.util.Map;

/**
 * The anti-fraud text model's reading of one text.
 *
 * @param verdict scam, not a scam, or not sure
 * @param kind the kind of scam when the verdict is {@link ScamVerdict#SCAM}, {@link ScamKind#OTHER_SCAM} when the
 *        model cannot tell which; null otherwise
 * @param scamProbability the model's probability that the text is a scam; null when it had nothing to weigh (see
 *        {@code languageRead}, or text sharing no word with its corpus)
 * @param kindProbabilities per kind, the probability that the text is a scam of that kind (they add up to
 *        {@code scamProbability}); empty when {@code scamProbability} is null
 * @param languageRead false when the text is mostly written in a script the model was not trained on (Cyrillic,
 *        Arabic, ...): the verdict is then {@link ScamVerdict#NOT_SURE}, and only the cues found in the text
 *        (ScamCues) can be judged by
 */
public record ScamReading(ScamVerdict verdict, ScamKind kind, Double scamProbability,
        Map<ScamKind, Double> kindProbabilities, boolean languageRead) {

    public ScamReading {
        if (verdict == null || kindProbabilities == null) {
            throw new IllegalArgumentException("verdict and kind probabilities are required");
        }
        if ((verdict == ScamVerdict.SCAM) != (kind != null)) {
            throw new IllegalArgumentException("a kind goes with a scam verdict, and only with it: " + verdict + " " + kind);
        }
        if (!languageRead && verdict != ScamVerdict.NOT_SURE) {
            throw new IllegalArgumentException("text the model cannot read is judged NOT_SURE");
        }
        if (scamProbability == null && verdict != ScamVerdict.NOT_SURE) {
            throw new IllegalArgumentException("a verdict needs a probability");
        }
        kindProbabilities = Map.copyOf(kindProbabilities);
    }

    /** The reading of text in a script the model was not trained on. */
    public static ScamReading unreadable() {
        return new ScamReading(ScamVerdict.NOT_SURE, null, null, Map.of(), false);
    }

    /** The reading of text that shares nothing with the corpus ("asdfgh", emoji, only digits). */
    public static ScamReading nothingToWeigh() {
        return new ScamReading(ScamVerdict.NOT_SURE, null, null, Map.of(), true);
    }
}
