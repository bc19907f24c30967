package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.fraud.warnings.entity.WarningArea;
import io.jingwu.api.fraud.warnings.entity.WarningTexts;
import io.jingwu.api.platform.crypto.TestKeyring;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarningRulesTest {

    private static final String ZH = "近期冒充电商客服以“退款”“理赔”为名诱导下载会议软件、共享屏幕的诈骗高发。客服不会让您共享屏幕，请挂断电话并拨打官方客服核实。";
    private static final String EN = "Fake customer service calls about refunds ask you to share your screen. Hang up and"
            + " call the shop.";

    private final WarningRules rules = new WarningRules();
    private final UnsubscribeLinks links = new UnsubscribeLinks("https://jingwu.example.cn");

    @BeforeEach
    void setUp() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 5);
        TestKeyring.install(key);
        rules.inputs = InputChecks.standalone();
        rules.links = links;
        rules.areas = new WarningAreas() {
            @Override
            public Optional<WarningArea> area(String typed) {
                return "3305".equals(typed.strip()) ? Optional.of(new WarningArea("330500", "3305")) : Optional.empty();
            }
        };
    }

    @Test
    void aWarningFitToPublish() {
        WarningRules.Checked checked = rules.check(new WarningInput(" 3305 ", new WarningInput.Texts(" " + ZH + " ", EN, " "),
                "fake-customer-service"));

        assertEquals(new WarningArea("330500", "3305"), checked.area());
        assertEquals(new WarningTexts(ZH, EN, null), checked.texts());
        assertEquals(ScamKind.FAKE_CUSTOMER_SERVICE, checked.scamKind());
        assertNull(rules.check(new WarningInput("3305", new WarningInput.Texts(ZH, null, null), null)).scamKind());
        assertEquals(ScamKind.LOAN_CREDIT, WarningRules.scamKind("loan_credit").orElseThrow());
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> rules.check(
                new WarningInput("3399", new WarningInput.Texts(" ", "x".repeat(WarningInput.TEXT_MAX + 1), null), "phishing")));

        assertEquals(List.of("divisionCode", "texts.zh", "texts.en", "scamKind"), fields(refused.errors()));
        assertEquals("fraud.warnings.divisionCode.area", refused.errors().get(0).messageKey());
        assertEquals("fraud.warnings.texts.zh.required", refused.errors().get(1).messageKey());

        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> rules.check(new WarningInput(null, null, null)));
        assertEquals(List.of("divisionCode", "texts"), fields(empty.errors()));
    }

    @Test
    void aTextWhoseMessageTakesMoreThanFivePartsWithItsLinkIsRefusedAndSaysByHowMuch() {
        WarningTexts longChinese = new WarningTexts("骗".repeat(300), EN, "Осторожно: мошенники.");

        List<FieldError> errors = WarningRules.tooLong(longChinese, links.sample(), WarningRules.MAX_PARTS);

        assertEquals(List.of("texts.zh"), fields(errors));
        String message = WarningMessages.warning(Language.ZH, longChinese, links.sample());
        assertEquals(List.of(SmsParts.of(message), WarningRules.MAX_PARTS, SmsParts.overBy(message, WarningRules.MAX_PARTS)),
                errors.get(0).args());
        assertTrue(SmsParts.overBy(message, WarningRules.MAX_PARTS) > 0);
        assertEquals(List.of(), WarningRules.tooLong(new WarningTexts(ZH, EN, null), links.sample(), WarningRules.MAX_PARTS));
    }

    @Test
    void aTextIsMeasuredForEveryReaderWhoFallsBackToIt() {
        int fitsChineseReadersOnly = longestFitting(Language.ZH) - 5;
        WarningTexts chineseOnly = new WarningTexts("骗".repeat(fitsChineseReadersOnly), null, null);
        assertTrue(longestFitting(Language.EN) < fitsChineseReadersOnly, "the English frame is longer");

        List<FieldError> errors = WarningRules.tooLong(chineseOnly, links.sample(), WarningRules.MAX_PARTS);

        assertEquals(List.of("texts.zh"), fields(errors), "English and Russian readers would get the Chinese text");
        assertEquals(List.of(), WarningRules.tooLong(new WarningTexts(chineseOnly.zh(), EN, null), links.sample(),
                WarningRules.MAX_PARTS), "with an English text of its own, each fits");
    }

    /** The longest Chinese text a reader of the language is sent within the limit, in its frame and with the link. */
    private int longestFitting(Language reader) {
        int length = 1;
        while (SmsParts.overBy(WarningMessages.warning(reader, new WarningTexts("骗".repeat(length + 1), null, null),
                links.sample()), WarningRules.MAX_PARTS) <= 0) {
            length++;
        }
        return length;
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
