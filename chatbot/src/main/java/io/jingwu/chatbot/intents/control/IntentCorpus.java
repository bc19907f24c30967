package io.jingwu.chatbot.intents.control;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.jingwu.api.platform.language.LabelledCorpus;
import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.chatbot.intents.entity.Intent;

/**
 * The labelled sentences the intent model is trained on: one {@code INTENT<TAB>lang<TAB>text} per line, {@code #}
 * starts a comment line ({@link LabelledCorpus}).
 */
public final class IntentCorpus {

    public static final String RESOURCE = "/io/jingwu/chatbot/intents/intents-corpus.tsv";
    public static final Set<String> LABELS = Arrays.stream(Intent.values()).map(Intent::name).collect(Collectors.toSet());

    private IntentCorpus() {
    }

    /** The corpus shipped with the chatbot. */
    public static List<LabelledText> load() {
        return parse(bytes());
    }

    /** The corpus file as shipped, byte for byte. */
    static byte[] bytes() {
        return LabelledCorpus.resource(IntentCorpus.class, RESOURCE);
    }

    static List<LabelledText> parse(byte[] corpus) {
        return LabelledCorpus.parse(corpus, "intent corpus", LABELS);
    }
}
