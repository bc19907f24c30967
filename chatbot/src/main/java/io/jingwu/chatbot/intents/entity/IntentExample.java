package io.jingwu.chatbot.intents.entity;

/**
 * One labelled sentence of the training corpus.
 *
 * @param lang "zh" or "en", kept so the corpus can be checked for balance per language
 */
public record IntentExample(Intent intent, String lang, String text) {

    public IntentExample {
        if (intent == null || lang == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("intent, lang and text are required");
        }
    }
}
