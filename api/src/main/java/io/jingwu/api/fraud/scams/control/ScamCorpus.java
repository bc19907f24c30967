package io.jingwu.api.fraud.scams.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.platform.language.LabelledCorpus;
import io.jingwu.api.platform.language.LabelledText;

/**
 * The labelled texts the anti-fraud model is trained on: one file per kind of scam, holding that kind's scams and
 * ordinary texts that look like them, and one of everyday texts. Each line is {@code LABEL<TAB>lang<TAB>text}, the
 * label a {@link ScamKind} name or {@link #ORDINARY} ({@link LabelledCorpus}).
 */
public final class ScamCorpus {

    public static final String FOLDER = "/io/jingwu/api/fraud/scams/corpus/";
    /**
     * The corpus files, listed rather than found: a folder on the class path cannot be listed portably (inside a
     * war it is not a folder). Every one must be there; a missing one is an error, not a smaller corpus.
     */
    public static final List<String> FILES = List.of("impersonating-officials.tsv", "fake-customer-service.tsv",
            "loan-credit.tsv", "impersonating-acquaintance.tsv", "brushing-jobs.tsv", "investment-romance.tsv",
            "fake-relative.tsv", "game-trading.tsv", "other-scam.tsv", "everyday.tsv");
    /** The label of a text that is no scam. */
    public static final String ORDINARY = "ORDINARY";
    public static final Set<String> LABELS = Stream.concat(Arrays.stream(ScamKind.values()).map(ScamKind::name),
            Stream.of(ORDINARY)).collect(Collectors.toUnmodifiableSet());

    private ScamCorpus() {
    }

    /** The corpus shipped with the application, file by file in the order of {@link #FILES}. */
    public static List<LabelledText> load() {
        return parse(files());
    }

    /** The label's kind of scam; empty for an ordinary text. */
    public static Optional<ScamKind> kindOf(String label) {
        return ORDINARY.equals(label) ? Optional.empty() : Optional.of(ScamKind.valueOf(label));
    }

    /** Every corpus file's bytes by name, in the order of {@link #FILES}; fails on the first one missing. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        FILES.forEach(file -> files.put(file, LabelledCorpus.resource(ScamCorpus.class, FOLDER + file)));
        return files;
    }

    static List<LabelledText> parse(Map<String, byte[]> files) {
        List<LabelledText> examples = new ArrayList<>();
        files.forEach((file, bytes) -> examples.addAll(LabelledCorpus.parse(bytes, file, LABELS)));
        return examples;
    }

    /** The files' names and bytes in one: what a model trained from the corpus depends on. */
    static byte[] fingerprinted(Map<String, byte[]> files) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        files.forEach((file, bytes) -> {
            all.writeBytes((file + "\n").getBytes(StandardCharsets.UTF_8));
            all.writeBytes(bytes);
        });
        return all.toByteArray();
    }
}
