package io.jingwu.api.platform.language;

/**
 * One labelled text of a training corpus.
 *
 * @param label what the text is an example of, as the corpus names it (an intent, a kind of scam)
 * @param lang "zh" or "en", kept so that a corpus can be checked, and cross-validated, per language
 */
public record LabelledText(String label, String lang, String text) {

    public LabelledText {
        if (label == null || label.isBlank() || lang == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("label, lang and text are required");
        }
    }
}
