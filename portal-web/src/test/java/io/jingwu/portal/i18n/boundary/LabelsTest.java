package io.jingwu.portal.i18n.boundary;

import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelsTest {

    private static final Instant AFTERNOON_IN_CHINA = Instant.parse("2026-12-04T07:55:00Z");

    @Test
    void momentsAreWrittenAsTheLanguageWritesThemInChinaTime() {
        assertEquals("December 4, 2026, 3:55 PM", spaced(new Labels().dateTime(AFTERNOON_IN_CHINA, Language.EN)));
        assertEquals("2026年12月4日 下午3:55", spaced(new Labels().dateTime(AFTERNOON_IN_CHINA, Language.ZH)));
    }

    @Test
    void theTimeOfDayAloneIsInChinaTimeToo() {
        assertEquals("3:55 PM", spaced(new Labels().clockTime(AFTERNOON_IN_CHINA, Language.EN)));
        assertEquals("", new Labels().clockTime(null, Language.EN));
    }

    /** Newer locale data puts a narrow no-break space before PM: the same text to a reader. */
    private static String spaced(String text) {
        return text.replace('\u202f', ' ');
    }
}
