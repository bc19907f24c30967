package io.jingwu.portal.i18n.boundary;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every text of the pages exists in Chinese and in English: no page shows a missing key in either language. */
class PageTextsTest {

    private static Properties bundle(String language) throws Exception {
        Properties texts = new Properties();
        try (InputStream in = PageTextsTest.class.getResourceAsStream("/io/jingwu/portal/messages_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyPageTextExistsInEveryLanguage() throws Exception {
        assertEquals(bundle("zh").keySet(), bundle("en").keySet());
    }
}
