package io.jingwu.chatbot.intents.control;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.jingwu.chatbot.intents.entity.Intent;
import io.jingwu.chatbot.intents.entity.IntentExample;

/**
 * Reads the labelled sentences the intent model is trained on: one
 * {@code INTENT<TAB>lang<TAB>text} per line, {@code #} starts a comment line.
 */
public final class IntentCorpus {

    public static final String RESOURCE = "/io/jingwu/chatbot/intents/intents-corpus.tsv";
    public static final Set<String> LANGUAGES = Set.of("zh", "en");

    private IntentCorpus() {
    }

    /** The corpus shipped with the chatbot. */
    public static List<IntentExample> load() {
        return parse(bytes());
    }

    /** The corpus file as shipped, byte for byte. */
    static byte[] bytes() {
        try (InputStream in = IntentCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("intent corpus missing from the class path: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the intent corpus " + RESOURCE, e);
        }
    }

    static List<IntentExample> parse(byte[] corpus) {
        try {
            return parse(new InputStreamReader(new ByteArrayInputStream(corpus), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the intent corpus " + RESOURCE, e);
        }
    }

    /** Fails on the first malformed line, naming it: a silently skipped example would go unnoticed. */
    public static List<IntentExample> parse(Reader source) throws IOException {
        List<IntentExample> examples = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalStateException("corpus line " + number + ": expected INTENT<TAB>lang<TAB>text");
            }
            Intent intent;
            try {
                intent = Intent.valueOf(columns[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("corpus line " + number + ": unknown intent " + columns[0], e);
            }
            String lang = columns[1].strip();
            if (!LANGUAGES.contains(lang)) {
                throw new IllegalStateException("corpus line " + number + ": unknown language " + lang);
            }
            if (columns[2].isBlank()) {
                throw new IllegalStateException("corpus line " + number + ": empty text");
            }
            examples.add(new IntentExample(intent, lang, columns[2].strip()));
        }
        return examples;
    }
}
