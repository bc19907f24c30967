package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.fraud.warnings.entity.WarningTexts;
import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WarningMessagesTest {

    private static final String LINK = "https://jingwu.example.cn/fraud/unsubscribe.xhtml?token=t";
    private static final WarningTexts TEXTS = new WarningTexts("警惕冒充客服退款诈骗。", "Beware of fake refund calls.", null);

    @Test
    void aWarningIsFramedInTheReadersLanguageWithTheirUnsubscribeLink() {
        assertEquals("【警务反诈】警惕冒充客服退款诈骗。 退订：" + LINK, WarningMessages.warning(Language.ZH, TEXTS, LINK));
        assertEquals("[Police anti-fraud] Beware of fake refund calls. Unsubscribe: " + LINK,
                WarningMessages.warning(Language.EN, TEXTS, LINK));
    }

    @Test
    void aReaderOfALanguageWithoutItsOwnTextGetsTheFallbackTextInTheirOwnFrame() {
        assertEquals("[Полиция] Beware of fake refund calls. Отписаться: " + LINK, WarningMessages.warning(Language.RU, TEXTS, LINK));
    }
}
