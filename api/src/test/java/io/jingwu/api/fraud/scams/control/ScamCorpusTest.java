package io.jingwu.api.fraud.scams.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.platform.language.LabelledCorpus;
import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.TextSegmenter;
import org.junit.jupiter.api.Test;

/** The corpus the application trains on: every listed file there and well-formed, enough of each kind. */
class ScamCorpusTest {

    static final int MIN_ZH = 150;
    static final int MIN_EN = 60;
    static final String HELD_OUT = "/io/jingwu/api/fraud/scams/heldout.tsv";

    private final List<LabelledText> corpus = ScamCorpus.load();

    @Test
    void everyListedFileIsThereAndHoldsItsOwnKindAndOrdinaryTexts() {
        Map<String, byte[]> files = ScamCorpus.files();
        assertEquals(ScamCorpus.FILES, List.copyOf(files.keySet()));
        for (String file : ScamCorpus.FILES) {
            Set<String> labels = LabelledCorpus.parse(files.get(file), file, ScamCorpus.LABELS).stream()
                    .map(LabelledText::label).collect(Collectors.toSet());
            Set<String> expected = ScamKind.ofChoiceValue(file.replace(".tsv", ""))
                    .map(kind -> Set.of(kind.name(), ScamCorpus.ORDINARY))
                    .orElse(Set.of(ScamCorpus.ORDINARY));
            assertEquals(expected, labels, file);
        }
    }

    @Test
    void everyKindHasEnoughExamplesInBothLanguagesAndOrdinaryTextsOutnumberScams() {
        Map<String, Map<String, Long>> counts = corpus.stream().collect(Collectors.groupingBy(LabelledText::label,
                Collectors.groupingBy(LabelledText::lang, Collectors.counting())));
        long scams = 0;
        for (ScamKind kind : ScamKind.values()) {
            Map<String, Long> perLanguage = counts.getOrDefault(kind.name(), Map.of());
            long zh = perLanguage.getOrDefault("zh", 0L);
            long en = perLanguage.getOrDefault("en", 0L);
            System.out.printf("corpus %-28s zh=%4d en=%4d%n", kind, zh, en);
            assertTrue(zh >= MIN_ZH, kind + " has only " + zh + " Chinese examples");
            assertTrue(en >= MIN_EN, kind + " has only " + en + " English examples");
            scams += zh + en;
        }
        Map<String, Long> ordinary = counts.get(ScamCorpus.ORDINARY);
        long ordinaryTotal = ordinary.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("corpus %-28s zh=%4d en=%4d%n", ScamCorpus.ORDINARY, ordinary.get("zh"), ordinary.get("en"));
        assertTrue(ordinaryTotal >= scams, ordinaryTotal + " ordinary texts for " + scams + " scams");
    }

    @Test
    void noExampleIsRepeated() {
        Map<String, LabelledText> seen = new HashMap<>();
        List<String> repeated = corpus.stream()
                .filter(example -> seen.putIfAbsent(key(example), example) != null)
                .map(LabelledText::toString)
                .toList();
        assertEquals(List.of(), repeated, "repeated examples");
    }

    @Test
    void everyExampleHasSomethingToLearnFromAndEnglishHasNoChinese() {
        for (LabelledText example : corpus) {
            List<String> tokens = TextSegmenter.segment(example.text());
            assertFalse(tokens.isEmpty(), "no words in " + example);
            if (example.lang().equals("en")) {
                assertFalse(tokens.stream().anyMatch(TextSegmenter::isHanToken), "Chinese text marked en: " + example);
            }
        }
    }

    @Test
    void noHeldOutTextIsTrainedOn() {
        Set<String> trained = corpus.stream().map(ScamCorpusTest::key).collect(Collectors.toSet());
        List<String> trainedOn = heldOut().stream()
                .filter(heldOut -> trained.contains(key(heldOut)))
                .map(LabelledText::toString)
                .toList();
        assertEquals(List.of(), trainedOn, "held-out texts in the corpus");
    }

    static List<LabelledText> heldOut() {
        return LabelledCorpus.parse(LabelledCorpus.resource(ScamCorpusTest.class, HELD_OUT), HELD_OUT, ScamCorpus.LABELS);
    }

    /** The same words in the same order, whatever the punctuation, case or width. */
    private static String key(LabelledText example) {
        return String.join(" ", TextSegmenter.segment(example.text()));
    }
}
