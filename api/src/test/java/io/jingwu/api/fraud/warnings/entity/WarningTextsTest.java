package io.jingwu.api.fraud.warnings.entity;

import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WarningTextsTest {

    private static final String ZH = "冒充客服以退款为名索要验证码的诈骗高发，请勿相信。";
    private static final String EN = "Fake customer service calls offering refunds are on the rise.";
    private static final String RU = "Участились звонки лжеслужбы поддержки с предложением возврата денег.";

    @Test
    void eachReaderGetsTheTextOfTheirLanguage() {
        WarningTexts texts = new WarningTexts(ZH, EN, RU);
        assertEquals(ZH, texts.in(Language.ZH));
        assertEquals(EN, texts.in(Language.EN));
        assertEquals(RU, texts.in(Language.RU));
    }

    @Test
    void aLanguageWithoutItsOwnTextReadsAlongItsFallbacks() {
        WarningTexts chineseOnly = new WarningTexts(ZH, null, " ");
        assertEquals(Language.ZH, chineseOnly.writtenFor(Language.RU));
        assertEquals(ZH, chineseOnly.in(Language.EN));
        assertEquals(ZH, chineseOnly.in(Language.RU));

        WarningTexts noRussian = new WarningTexts(ZH, EN, null);
        assertEquals(Language.EN, noRussian.writtenFor(Language.RU));
        assertEquals(EN, noRussian.in(Language.RU));
        assertEquals(null, noRussian.own(Language.RU));
    }

    @Test
    void aWarningIsAlwaysWrittenInChinese() {
        assertThrows(IllegalArgumentException.class, () -> new WarningTexts(" ", EN, RU));
    }
}
