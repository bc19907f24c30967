package io.jingwu.chatbot.intents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.jingwu.api.platform.language.LabelledCorpus;
import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.TextSegmenter;
import io.jingwu.chatbot.intents.entity.Intent;
import org.junit.jupiter.api.Test;

class IntentCorpusTest {

    static final int MIN_ZH = 60;
    static final int MIN_EN = 30;

    private final List<LabelledText> corpus = IntentCorpus.load();

    @Test
    void everyIntentHasEnoughExamplesInBothLanguages() {
        Map<String, Map<String, Long>> counts = corpus.stream().collect(Collectors.groupingBy(
                LabelledText::label, Collectors.groupingBy(LabelledText::lang, Collectors.counting())));
        for (Intent intent : Intent.values()) {
            Map<String, Long> perLanguage = counts.getOrDefault(intent.name(), Map.of());
            long zh = perLanguage.getOrDefault("zh", 0L);
            long en = perLanguage.getOrDefault("en", 0L);
            System.out.printf("corpus %-16s zh=%3d en=%3d%n", intent, zh, en);
            assertTrue(zh >= MIN_ZH, intent + " has only " + zh + " Chinese examples");
            assertTrue(en >= MIN_EN, intent + " has only " + en + " English examples");
        }
    }

    @Test
    void noExampleIsRepeated() {
        Map<String, LabelledText> seen = new HashMap<>();
        for (LabelledText example : corpus) {
            String key = String.join(" ", TextSegmenter.segment(example.text()));
            LabelledText earlier = seen.putIfAbsent(key, example);
            assertEquals(null, earlier, "repeated example: " + example + " and " + earlier);
        }
    }

    @Test
    void everyExampleHasSomethingToLearnFrom() {
        for (LabelledText example : corpus) {
            assertFalse(TextSegmenter.segment(example.text()).isEmpty(), "no words in " + example);
        }
    }

    @Test
    void languageColumnMatchesTheText() {
        for (LabelledText example : corpus) {
            boolean hasHan = TextSegmenter.segment(example.text()).stream().anyMatch(TextSegmenter::isHanToken);
            if (example.lang().equals("en")) {
                assertFalse(hasHan, "Chinese text marked en: " + example);
            }
        }
    }

    @Test
    void malformedLinesAreRefusedWithTheirNumber() {
        IllegalStateException unknownIntent = assertThrows(IllegalStateException.class,
                () -> parse("# header\nGREETING\tzh\t你好\nHELLO\tzh\t你好\n"));
        assertTrue(unknownIntent.getMessage().contains("line 3"), unknownIntent.getMessage());
        assertThrows(IllegalStateException.class, () -> parse("GREETING\tfr\tsalut\n"));
        assertThrows(IllegalStateException.class, () -> parse("GREETING zh 你好\n"));
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        assertEquals(List.of(new LabelledText("GREETING", "en", "hello")), parse("# a comment\n\nGREETING\ten\thello\n"));
    }

    private static List<LabelledText> parse(String corpus) {
        return LabelledCorpus.parse(corpus.getBytes(StandardCharsets.UTF_8), "test corpus", IntentCorpus.LABELS);
    }
}
