package io.jingwu.api.platform.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LabelledCorpusTest {

    private static final Set<String> LABELS = Set.of("GREETING", "FAREWELL");

    @Test
    void malformedLinesAreRefusedWithTheFileAndLineNumber() {
        IllegalStateException unknownLabel = assertThrows(IllegalStateException.class,
                () -> parse("# header\nGREETING\tzh\t你好\nHELLO\tzh\t你好\n"));
        assertEquals("greetings.tsv line 3: unknown label HELLO", unknownLabel.getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> parse("GREETING\tfr\tsalut\n"))
                .getMessage().contains("unknown language fr"));
        assertTrue(assertThrows(IllegalStateException.class, () -> parse("GREETING zh 你好\n"))
                .getMessage().contains("expected LABEL<TAB>lang<TAB>text"));
        assertTrue(assertThrows(IllegalStateException.class, () -> parse("GREETING\ten\thi\tthere\n"))
                .getMessage().contains("line 1"));
        assertTrue(assertThrows(IllegalStateException.class, () -> parse("GREETING\ten\t  \n"))
                .getMessage().contains("empty text"));
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        assertEquals(List.of(new LabelledText("GREETING", "en", "hello"), new LabelledText("FAREWELL", "zh", "再见")),
                parse("# a comment\n\nGREETING\ten\thello\n  \nFAREWELL\tzh\t再见 \n"));
    }

    @Test
    void aMissingResourceIsAnError() {
        assertThrows(IllegalStateException.class, () -> LabelledCorpus.resource(getClass(), "/no/such/corpus.tsv"));
    }

    private static List<LabelledText> parse(String corpus) {
        return LabelledCorpus.parse(corpus.getBytes(StandardCharsets.UTF_8), "greetings.tsv", LABELS);
    }
}
