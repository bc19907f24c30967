package io.jingwu.chatbot.intents.entity;

/**
 * The intent chosen for a message and the probability the model gave it.
 *
 * @param confidence between 0 and 1; 0 when the text carried nothing to judge by
 */
public record IntentPrediction(Intent intent, double confidence) {

    public IntentPrediction {
        if (intent == null) {
            throw new IllegalArgumentException("intent is required");
        }
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
    }

    /** The answer for text with no words or characters the service could read. */
    public static IntentPrediction nothingToJudge() {
        return new IntentPrediction(Intent.OUT_OF_SCOPE, 0);
    }
}
