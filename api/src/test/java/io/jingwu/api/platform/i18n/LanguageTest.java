package io.jingwu.api.platform.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTest {

    private static final String API_BUNDLE = "/io/jingwu/api/messages_";
    private static final String VALIDATION_BUNDLE = "/ValidationMessages_";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void takesTheFirstLanguageWeSpeakInTheClientsOrder() {
        assertEquals(Language.EN, Language.negotiate(List.of(Locale.FRENCH, Locale.UK, Locale.CHINA)));
        assertEquals(Language.ZH, Language.negotiate(List.of(Locale.forLanguageTag("zh-Hans-CN"), Locale.ENGLISH)));
        assertEquals(Language.RU, Language.negotiate(List.of(Locale.forLanguageTag("kk-KZ"), Locale.forLanguageTag("ru-KZ"), Locale.ENGLISH)));
        assertEquals(Language.RU, Language.requested("ru", List.of(Locale.CHINA)));
    }

    @Test
    void speaksChineseWhenNothingElseFits() {
        assertEquals(Language.ZH, Language.negotiate(List.of(Locale.GERMAN)));
        assertEquals(Language.ZH, Language.negotiate(List.of()));
        assertTrue(Language.fromTag("xx").isEmpty());
    }

    @Test
    void russianContentFallsBackToEnglishAndEnglishToChinese() {
        assertEquals(List.of(Language.RU, Language.EN, Language.ZH), Language.RU.withFallbacks());
        assertEquals(List.of(Language.EN, Language.ZH), Language.EN.withFallbacks());
        assertEquals(List.of(Language.ZH), Language.ZH.withFallbacks());
        assertEquals(List.of(Language.ZH, Language.EN), Language.requiredInContent());
        for (Language language : Language.values()) {
            assertTrue(language.isRequiredInContent() || language.fallback().isPresent(),
                    language + " has content to read when its own is not written");
        }
    }

    @Test
    void aColumnPerLanguageIsReadAlongTheFallbacks() {
        assertEquals("织里派出所", Language.ZH.pick("织里派出所", "Zhili Police Station"));
        assertEquals("Zhili Police Station", Language.EN.pick("织里派出所", "Zhili Police Station"));
        assertEquals("Zhili Police Station", Language.RU.pick("织里派出所", "Zhili Police Station"));
        assertEquals("织里派出所", Language.RU.pick("织里派出所", " "), "a blank English name counts as missing");
        assertEquals(Optional.of("en"), Language.RU.firstAvailable(l -> l == Language.RU ? Optional.empty() : Optional.of(l.tag())));
    }

    @ParameterizedTest
    @ValueSource(strings = {API_BUNDLE, VALIDATION_BUNDLE})
    void everyMessageExistsInEveryLanguage(String bundle) throws Exception {
        Properties chinese = bundle(bundle, Language.DEFAULT);
        for (Language language : Language.values()) {
            assertEquals(chinese.keySet(), bundle(bundle, language).keySet(), language.tag());
        }
    }

    /** A translation keeps the arguments of the English and stays a valid MessageFormat pattern. */
    @ParameterizedTest
    @ValueSource(strings = {API_BUNDLE, VALIDATION_BUNDLE})
    void everyTranslationKeepsTheArgumentsOfTheEnglish(String bundle) throws Exception {
        Properties english = bundle(bundle, Language.EN);
        for (Language language : Language.values()) {
            Properties texts = bundle(bundle, language);
            for (String key : english.stringPropertyNames()) {
                Set<String> arguments = arguments(english.getProperty(key));
                if (arguments.isEmpty()) {
                    continue;
                }
                String translated = texts.getProperty(key);
                assertEquals(arguments, arguments(translated), language.tag() + " " + key);
                assertEquals(new MessageFormat(english.getProperty(key)).getFormats().length,
                        new MessageFormat(translated).getFormats().length, language.tag() + " " + key + ": quoting");
            }
        }
    }

    @Test
    void wordsMessagesInTheAskedLanguage() {
        assertEquals("请选择事发地区。", Messages.text(Messages.VALIDATION, Language.ZH, "request.divisionCode.required"));
        assertEquals("2 fields do not meet the rules; please correct and submit again.",
                Messages.text(Language.EN, "problem.invalid-input.detail", 2));
        assertEquals("Число полей, заполненных с ошибками: 2. Пожалуйста, исправьте их и отправьте снова.",
                Messages.text(Language.RU, "problem.invalid-input.detail", 2));
        assertEquals("Этот язык не поддерживается. Выберите один из вариантов: zh, en, ru.",
                Messages.text(Language.RU, "request.lang.unknown", Language.allTags()));
    }

    @Test
    void aTextMissingInOneLanguageIsWordedInItsFallbackNeverAsAKey() {
        String bundle = "io.jingwu.api.platform.i18n.partial";
        assertEquals("Везде: 3", Messages.text(bundle, Language.RU, "everywhere", 3));
        assertEquals("Only in English and Chinese: 3", Messages.text(bundle, Language.RU, "notInRussian", 3));
        assertEquals("只有中文", Messages.text(bundle, Language.RU, "onlyChinese"));
        assertEquals("??nowhere??", Messages.text(bundle, Language.RU, "nowhere"));
        assertEquals("??anything??", Messages.text("io.jingwu.api.platform.i18n.absent", Language.RU, "anything"));
        assertTrue(Messages.has(Language.RU, "status.CLOSED"));
        assertFalse(Messages.has(Language.RU, "status.NOWHERE"));
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String bundle, Language language) throws Exception {
        Properties texts = new Properties();
        try (InputStream in = LanguageTest.class.getResourceAsStream(bundle + language.tag() + ".properties")) {
            assertNotNull(in, "no messages in " + language.tag());
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
