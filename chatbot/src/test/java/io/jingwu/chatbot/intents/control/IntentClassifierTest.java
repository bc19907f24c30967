package io.jingwu.chatbot.intents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jingwu.chatbot.intents.entity.Intent;
import org.junit.jupiter.api.Test;

/** The bean as the container would set it up: configured threshold, trained from the class path. */
class IntentClassifierTest {

    @Test
    void trainsFromTheShippedCorpusAndAppliesTheConfiguredThreshold() {
        IntentClassifier classifier = new IntentClassifier();
        classifier.minConfidence = Double.parseDouble(IntentClassifier.DEFAULT_MIN_CONFIDENCE);
        classifier.load();
        assertEquals(Intent.REISSUE_DOCUMENT, classifier.classify("身份证丢了怎么补办").intent());

        classifier.minConfidence = 1.0;
        assertEquals(Intent.OUT_OF_SCOPE, classifier.classify("身份证丢了怎么补办").intent());
    }
}
