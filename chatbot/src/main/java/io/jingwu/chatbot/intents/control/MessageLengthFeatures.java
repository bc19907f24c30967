package io.jingwu.chatbot.intents.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * How long the message is, in coarse steps. Greetings and idle chatter are short, requests
 * are not; without this a two-character "你好" has so few n-grams that the model cannot be
 * sure of anything.
 */
public class MessageLengthFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        int length = 0;
        for (String token : tokens) {
            // A Latin word carries about as much as two Chinese characters.
            length += TextSegmenter.isHanToken(token) ? token.codePointCount(0, token.length()) : 2;
        }
        return List.of("len=" + bucket(length));
    }

    static String bucket(int length) {
        if (length <= 2) {
            return "tiny";
        }
        if (length <= 5) {
            return "short";
        }
        if (length <= 10) {
            return "medium";
        }
        return "long";
    }
}
