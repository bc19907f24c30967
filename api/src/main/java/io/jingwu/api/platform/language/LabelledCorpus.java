package io.jingwu.api.platform.language;

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

/**
 * Reads a corpus of labelled texts: one {@code LABEL<TAB>lang<TAB>text} per line, UTF-8, {@code #} starts a comment
 * line. The text has no tab and no line break of its own.
 */
public final class LabelledCorpus {

    public static final Set<String> LANGUAGES = Set.of("zh", "en");

    private LabelledCorpus() {
    }

    /** A corpus file on the class path, byte for byte, as {@code owner}'s class loader sees it. */
    public static byte[] resource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("corpus missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + resource, e);
        }
    }

    /** The examples of one corpus file in Chinese and English, named {@code source} in error messages. */
    public static List<LabelledText> parse(byte[] corpus, String source, Set<String> labels) {
        return parse(corpus, source, labels, LANGUAGES);
    }

    /**
     * The examples of one file, named {@code source} in error messages. Fails on the first malformed line, naming it:
     * a silently skipped example would go unnoticed. A label outside {@code labels} or a language outside
     * {@code languages} is malformed too.
     */
    public static List<LabelledText> parse(byte[] corpus, String source, Set<String> labels, Set<String> languages) {
        try {
            return parse(new InputStreamReader(new ByteArrayInputStream(corpus), StandardCharsets.UTF_8), source,
                    labels, languages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + source, e);
        }
    }

    private static List<LabelledText> parse(Reader corpus, String source, Set<String> labels, Set<String> languages)
            throws IOException {
        List<LabelledText> examples = new ArrayList<>();
        BufferedReader reader = new BufferedReader(corpus);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalStateException(source + " line " + number + ": expected LABEL<TAB>lang<TAB>text");
            }
            String label = columns[0].strip();
            if (!labels.contains(label)) {
                throw new IllegalStateException(source + " line " + number + ": unknown label " + columns[0]);
            }
            String lang = columns[1].strip();
            if (!languages.contains(lang)) {
                throw new IllegalStateException(source + " line " + number + ": unknown language " + lang);
            }
            if (columns[2].isBlank()) {
                throw new IllegalStateException(source + " line " + number + ": empty text");
            }
            examples.add(new LabelledText(label, lang, columns[2].strip()));
        }
        return examples;
    }
}
