package io.jingwu.portal.i18n.boundary;

import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jingwu.portal.i18n.boundary.LanguageSelection.CITIZEN_LANGUAGES;
import static io.jingwu.portal.i18n.boundary.LanguageSelection.WORKBENCH_LANGUAGES;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageSelectionTest {

    @Test
    void citizensReadEveryLanguageAndAreOfferedTheOthers() {
        for (Language language : Language.values()) {
            assertEquals(language, LanguageSelection.spokenHere(language, CITIZEN_LANGUAGES));
        }
        assertEquals(List.of(Language.ZH, Language.EN), LanguageSelection.others(Language.RU, CITIZEN_LANGUAGES));
        assertEquals(List.of(Language.EN, Language.RU), LanguageSelection.others(Language.ZH, CITIZEN_LANGUAGES));
    }

    @Test
    void aClerkWhoChoseRussianReadsTheWorkbenchInEnglishAndIsOfferedChinese() {
        assertEquals(Language.EN, LanguageSelection.spokenHere(Language.RU, WORKBENCH_LANGUAGES));
        assertEquals(Language.ZH, LanguageSelection.spokenHere(Language.ZH, WORKBENCH_LANGUAGES));
        assertEquals(List.of(Language.ZH), LanguageSelection.others(Language.EN, WORKBENCH_LANGUAGES));
        assertEquals(List.of(Language.EN), LanguageSelection.others(Language.ZH, WORKBENCH_LANGUAGES));
    }
}
