package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.fraud.lists.entity.ListedValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValuesInTextTest {

    private static List<ListedValue> values(String text) {
        return ValuesInText.in(text).stream().map(ValuesInText.Found::value).toList();
    }

    @Test
    void aScamMessageGivesUpItsPhoneCardAndAccounts() {
        List<ListedValue> found = values("【公安局】请立即致电 171-2345-6789，并将资金转入安全账户 6222 0212 3456 7890 003，"
                + "或加QQ：87654321、微信号 zhang_san88 联系，支付宝 pay.me@example.com");

        assertEquals(List.of(
                new ListedValue(ListKind.QQ, "87654321"),
                new ListedValue(ListKind.WECHAT, "zhang_san88"),
                new ListedValue(ListKind.ALIPAY, "pay.me@example.com"),
                new ListedValue(ListKind.PHONE, "+8617123456789"),
                new ListedValue(ListKind.BANK_CARD, "6222021234567890003")), found);
    }

    @Test
    void amountsDatesCodesAndAdviceNumbersAreNotPhones() {
        assertTrue(values("您尾号1234的卡12月5日消费500.00元，余额12000元。验证码 482913，请勿泄露。如有疑问请拨打110或12345。")
                .isEmpty(), "none of these is a number to check");
    }

    @Test
    void aBankLineAndAnInternationalNumberAreChecked() {
        assertEquals(List.of(new ListedValue(ListKind.PHONE, "95588"), new ListedValue(ListKind.PHONE, "+4420794600018")),
                values("Call 95588 or +44 20 7946 00018 now"));
    }
}
