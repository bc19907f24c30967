package io.jingwu.portal.fraud.boundary;

import io.jingwu.api.fraud.checks.boundary.CheckInput;
import io.jingwu.api.fraud.checks.boundary.FraudChecks.CheckType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CheckEntryTest {

    private static CheckEntry filledIn(CheckType type) {
        CheckEntry entry = new CheckEntry();
        entry.setText("【公安局】您涉嫌洗钱案，请立即将资金转入安全账户");
        entry.setPhone("+00 8621 5566 7788");
        entry.setLink("http://t.cn/A6x9Zq");
        entry.setAccount("6222 0212 3456 7890 003");
        entry.setOfficerName(" 李警官 ");
        entry.setOfficerUnit("上海市公安局");
        entry.setOfficerBadge("   ");
        entry.setOfficerPhone("+00 8621 5566 7788");
        entry.setOfficerSaid("让我把存款转到安全账户");
        entry.setType(type);
        return entry;
    }

    @Test
    void theChosenKindSendsItsOwnValueAndNothingTypedForAnother() {
        CheckInput text = filledIn(CheckType.TEXT).input("zh");
        CheckInput phone = filledIn(CheckType.PHONE).input("ru");
        CheckInput link = filledIn(CheckType.URL).input("en");

        assertEquals(List.of("text", "【公安局】您涉嫌洗钱案，请立即将资金转入安全账户", "zh"), List.of(text.type(), text.value(), text.lang()));
        assertNull(text.fields());
        assertEquals(List.of("phone", "+00 8621 5566 7788", "ru"), List.of(phone.type(), phone.value(), phone.lang()));
        assertEquals(List.of("url", "http://t.cn/A6x9Zq"), List.of(link.type(), link.value()));
    }

    @Test
    void aCallerWhoSaysTheyArePoliceSendsWhatTheyClaimedAndNoValue() {
        CheckInput input = filledIn(CheckType.OFFICER).input("zh");

        assertEquals("officer", input.type());
        assertNull(input.value());
        assertEquals(Map.of("name", "李警官", "unit", "上海市公安局", "phone", "+00 8621 5566 7788",
                "said", "让我把存款转到安全账户"), input.fields(), "a blank badge is no field");
    }

    @Test
    void anAccountSendsItsKindOnlyWhenOneWasChosen() {
        CheckEntry entry = filledIn(CheckType.ACCOUNT);
        assertEquals(Map.of(), entry.input("en").fields(), "the API tells the kind from the number");

        entry.setAccountKind("bank-card");
        assertEquals(Map.of("kind", "bank-card"), entry.input("en").fields());
        assertEquals("6222 0212 3456 7890 003", entry.input("en").value());
    }

    @Test
    void theKindsOfAccountAreTheOnesTheApiNames() {
        assertEquals(List.of("bank-card", "alipay", "wechat", "qq", "app"), CheckEntry.ACCOUNT_KINDS);
    }

    @Test
    void aNumberThatIsNoPhoneIsRefusedBesideTheInputItCameFrom() {
        assertEquals("value", filledIn(CheckType.PHONE).fieldRefused("fraud-check-not-a-phone"));
        assertEquals("fields.phone", filledIn(CheckType.OFFICER).fieldRefused("fraud-check-not-a-phone"));
        assertEquals("fields.kind", filledIn(CheckType.ACCOUNT).fieldRefused("fraud-check-account-kind-unknown"));
        assertEquals("value", filledIn(CheckType.ACCOUNT).fieldRefused("fraud-check-not-an-account"));
        assertEquals("value", filledIn(CheckType.URL).fieldRefused("fraud-check-not-a-link"));
    }

    @Test
    void withoutAChoiceTheApiIsAskedWithoutAType() {
        CheckEntry entry = filledIn(null);

        assertNull(entry.input("en").type());
    }
}
