package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountNumbersTest {

    @Test
    void aCardIsItsDigitsAndItsCheckDigitIsRead() {
        assertEquals(Optional.of("6222021234567890003"),
                AccountNumbers.normalise(ListKind.BANK_CARD, "6222 0212-3456 7890 003"));
        assertTrue(AccountNumbers.luhnValid("6222021234567890003"));
        assertFalse(AccountNumbers.luhnValid("6222021234567890004"));
        assertEquals("中国工商银行", CardIssuers.issuerOf("6222021234567890003").orElseThrow().name(Language.ZH));
        assertTrue(CardIssuers.issuerOf("9999991234567890").isEmpty());
    }

    @Test
    void eachAccountKindHasItsShape() {
        assertEquals(Optional.of("wxid_abc123"), AccountNumbers.normalise(ListKind.WECHAT, " WXID_abc123 "));
        assertEquals(Optional.of("+8613800138000"), AccountNumbers.normalise(ListKind.ALIPAY, "138 0013 8000"));
        assertEquals(Optional.of("pay.me@example.com"), AccountNumbers.normalise(ListKind.ALIPAY, "Pay.Me@Example.com"));
        assertEquals(Optional.of("安全防护"), AccountNumbers.normalise(ListKind.APP, "安全 防护"));
        assertTrue(AccountNumbers.normalise(ListKind.QQ, "012345").isEmpty(), "QQ numbers never start with 0");
        assertTrue(AccountNumbers.normalise(ListKind.WECHAT, "1abcdef").isEmpty(), "WeChat ids start with a letter");
    }

    @Test
    void aBareAccountIsToldFromItsShape() {
        assertEquals(Optional.of(ListKind.BANK_CARD), AccountNumbers.guessKind("6222021234567890003"));
        assertEquals(Optional.of(ListKind.QQ), AccountNumbers.guessKind("87654321"));
        assertEquals(Optional.of(ListKind.ALIPAY), AccountNumbers.guessKind("someone@example.cn"));
        assertEquals(Optional.of(ListKind.WECHAT), AccountNumbers.guessKind("zhang_san88"));
        assertTrue(AccountNumbers.guessKind("no account here!").isEmpty());
    }
}
