package io.jingwu.api.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTest {

    @Test
    void takesTheFirstLanguageWeSpeakInTheClientsOrder() {
        assertEquals(Language.EN, Language.negotiate(List.of(Locale.FRENCH, Locale.UK, Locale.CHINA)));
        assertEquals(Language.ZH, Language.negotiate(List.of(Locale.forLanguageTag("zh-Hans-CN"), Locale.ENGLISH)));
    }

    @Test
    void speaksChineseWhenNothingElseFits() {
        assertEquals(Language.ZH, Language.negotiate(List.of(Locale.GERMAN)));
        assertEquals(Language.ZH, Language.negotiate(List.of()));
        assertTrue(Language.fromTag("xx").isEmpty());
    }

    @Test
    void everyMessageExistsInEveryLanguage() throws Exception {
        var zh = new java.util.Properties();
        var en = new java.util.Properties();
        try (var z = getClass().getResourceAsStream("/io/jingwu/api/messages_zh.properties");
             var e = getClass().getResourceAsStream("/io/jingwu/api/messages_en.properties")) {
            zh.load(new java.io.InputStreamReader(z, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(zh.keySet(), en.keySet());
    }

    @Test
    void wordsMessagesInTheAskedLanguage() {
        assertEquals("请选择事发地区。", Messages.text(Language.ZH, "request.divisionCode.required"));
        assertEquals("2 fields do not meet the rules; please correct and submit again.",
                Messages.text(Language.EN, "problem.invalid-input.detail", 2));
    }
}
