package io.jingwu.portal.i18n.boundary;

import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every text of the pages exists in every language: no page shows a missing key in any of them. */
class PageTextsTest {

    private static Properties bundle(Language language) throws Exception {
        Properties texts = new Properties();
        try (InputStream in = PageTextsTest.class.getResourceAsStream("/io/jingwu/portal/messages_" + language.tag() + ".properties")) {
            assertNotNull(in, "no page texts in " + language.tag());
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyPageTextExistsInEveryLanguage() throws Exception {
        Properties chinese = bundle(Language.DEFAULT);
        for (Language language : Language.values()) {
            assertEquals(chinese.keySet(), bundle(language).keySet(), language.tag());
        }
    }

    /** Texts with placeholders are formatted; a translation must keep them, and MessageFormat's quoting with them. */
    @Test
    void everyTranslationKeepsThePlaceholdersOfTheEnglish() throws Exception {
        Properties english = bundle(Language.EN);
        for (Language language : Language.values()) {
            Properties texts = bundle(language);
            for (String key : english.stringPropertyNames()) {
                String original = english.getProperty(key);
                if (!original.contains("{0")) {
                    continue;
                }
                String translated = texts.getProperty(key);
                assertEquals(new MessageFormat(original).getFormats().length, new MessageFormat(translated).getFormats().length,
                        language.tag() + " " + key);
                for (int i = 0; i < new MessageFormat(original).getFormats().length; i++) {
                    assertEquals(original.contains("{" + i), translated.contains("{" + i), language.tag() + " " + key + " {" + i + "}");
                }
            }
        }
    }

    /** Each language's name in the header is written in that language, the same in every bundle. */
    @Test
    void everyLanguageIsNamedInItselfInEveryLanguage() throws Exception {
        for (Language language : Language.values()) {
            Properties texts = bundle(language);
            for (Language named : Language.values()) {
                assertEquals(bundle(Language.DEFAULT).getProperty("language.name." + named.tag()),
                        texts.getProperty("language.name." + named.tag()), language.tag());
            }
        }
    }
}
