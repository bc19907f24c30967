package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/fraud/checks} for phones, accounts and callers who say they are police, and the anti-fraud
 * list behind them, kept by anti-fraud staff. Each test checks from a citizen address of its own behind the suite's
 * balancer, so that the per-address allowance of one test does not spend another's.
 */
abstract class FraudCheckChecks extends DeployedApplication {

    static final String CHECKS = "api/v1/fraud/checks";
    static final String LIST = "api/v1/fraud/list";
    private static final String ANTI_FRAUD_CENTRE = "HUZ-ANTIFRAUD";
    private static final AtomicInteger CITIZENS = new AtomicInteger();

    private final String citizenAddress = "198.18.40." + CITIZENS.incrementAndGet();

    private Http.Reply check(String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Forwarded-For";
        all[1] = citizenAddress;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return new Http(LoopbackRelay.from("127.0.0.2")).post(CHECKS, json, all);
    }

    private JsonObject verdict(String type, String value, String lang) {
        Http.Reply reply = check(Json.createObjectBuilder().add("type", type).add("value", value).add("lang", lang)
                .build().toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static String joined(JsonArray texts) {
        return String.join(" | ", texts.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    /** An ICBC card number nobody else in the run uses, its check digit right (the Luhn rule). */
    static String freshCard() {
        String body = "622202" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return body + (10 - sum % 10) % 10;
    }

    /** A mobile number nobody else in the run uses. */
    private static String freshMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void aCallFromAbroadDressedAsABankLineIsDangerAndSaysWhy() {
        JsonObject answer = verdict("phone", "+1 95588", "en");

        assertEquals("DANGER", answer.getString("risk"));
        assertTrue(joined(answer.getJsonArray("reasons")).contains("imitates a Chinese service number (95588)"),
                answer.toString());
        assertTrue(joined(answer.getJsonArray("advice")).contains("96110"), answer.toString());
        assertTrue(answer.isNull("scamType"), "a phone alone names no kind of scam");
        assertTrue(answer.getJsonArray("extracted").isEmpty());
    }

    @Test
    void aForgedPlusZeroZeroDisplayIsDangerInChinese() {
        JsonObject answer = verdict("phone", "+00 96110", "zh");

        assertEquals("DANGER", answer.getString("risk"));
        assertTrue(joined(answer.getJsonArray("reasons")).contains("+00"), answer.toString());
        assertTrue(joined(answer.getJsonArray("advice")).contains("不要"), answer.toString());
    }

    @Test
    void theNationalAntiFraudLineIsNamedAndTheForgedDisplayWarnedOf() {
        JsonObject answer = verdict("phone", "96110", "en");

        assertEquals("SAFE", answer.getString("risk"));
        String reasons = joined(answer.getJsonArray("reasons"));
        assertTrue(reasons.contains("national anti-fraud warning line 96110"), reasons);
        assertTrue(reasons.contains("can be forged"), reasons);
        assertTrue(joined(answer.getJsonArray("advice")).contains("call back yourself"), answer.toString());
    }

    @Test
    void aVirtualOperatorsNumberCallsForCaution() {
        JsonObject answer = verdict("phone", "170 " + freshMobile().substring(3), "zh");

        assertEquals("CAUTION", answer.getString("risk"));
        assertTrue(joined(answer.getJsonArray("reasons")).contains("虚拟运营商"), answer.toString());
    }

    @Test
    void whatIsNoPhoneLinkOrAccountIsRefusedInTheCallersLanguage() {
        Http.Reply russian = check("{\"type\": \"phone\", \"value\": \"позвоните мне\", \"lang\": \"ru\"}");
        Http.Reply noType = check("{\"value\": \"13800138000\"}", "Accept-Language", "en");
        Http.Reply noValue = check("{\"type\": \"phone\", \"lang\": \"zh\"}");
        Http.Reply account = check("{\"type\": \"account\", \"value\": \"no account here!\", \"lang\": \"en\"}");

        assertEquals(400, russian.status(), russian.body());
        assertEquals("Это не номер телефона", russian.json().getString("title"));
        assertEquals(400, noType.status());
        assertEquals("type", noType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(noType.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("text, phone, url, account, officer"), noType.body());
        assertEquals(400, noValue.status());
        assertEquals("value", noValue.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, account.status());
        assertFalse(russian.body().contains("Exception"), "no stack trace");
    }

    @Test
    void aCardNamesItsBankAndAMistypedCheckDigitIsPointedOut() {
        String card = freshCard();
        String mistyped = card.substring(0, 18) + (char) ('0' + (card.charAt(18) - '0' + 1) % 10);
        JsonObject good = verdict("account", card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8), "en");
        Http.Reply typo = check("{\"type\": \"account\", \"value\": \"" + mistyped + "\", \"fields\": "
                + "{\"kind\": \"bank-card\"}, \"lang\": \"zh\"}");
        Http.Reply unknownKind = check("{\"type\": \"account\", \"value\": \"" + card + "\", \"fields\": "
                + "{\"kind\": \"paypal\"}, \"lang\": \"en\"}");

        assertEquals("SAFE", good.getString("risk"), good.toString());
        assertTrue(joined(good.getJsonArray("reasons")).contains("Industrial and Commercial Bank of China"), good.toString());
        assertTrue(joined(good.getJsonArray("advice")).contains("Do not transfer"), good.toString());
        assertEquals(200, typo.status(), typo.body());
        assertTrue(joined(typo.json().getJsonArray("reasons")).contains("抄错"), typo.body());
        assertEquals(400, unknownKind.status());
    }

    @Test
    void aClaimedOfficerIsNeverConfirmedAndACallFromAbroadIsDanger() {
        Http.Reply fromAbroad = check("""
                {"type": "officer", "fields": {"name": "李建国", "badge": "035716", "unit": "上海市公安局",
                 "phone": "+44 20 7946 0018"}, "lang": "zh"}""");
        Http.Reply from110 = check("""
                {"type": "officer", "fields": {"name": "Wang Wei", "badge": "123456", "phone": "110"}, "lang": "en"}""");

        assertEquals(200, fromAbroad.status(), fromAbroad.body());
        assertEquals("DANGER", fromAbroad.json().getString("risk"));
        String advice = joined(fromAbroad.json().getJsonArray("advice"));
        assertTrue(advice.contains("安全账户") && advice.contains("屏幕共享"), advice);
        assertFalse(fromAbroad.body().contains("李建国") || fromAbroad.body().contains("035716"),
                "the claimed name and badge are never repeated, let alone confirmed");
        assertEquals("CAUTION", from110.json().getString("risk"), "even a police number's display can be forged");
        String reasons = joined(from110.json().getJsonArray("reasons"));
        assertTrue(reasons.contains("police emergency number 110") && reasons.contains("never confirm"), reasons);
        assertFalse(from110.body().contains("Wang Wei"));
    }

    @Test
    void aPhoneTheCentrePutsOnTheListIsDangerUntilTakenOff() {
        Http local = new Http(base());
        String keeper = StaffAccounts.signedIn(local, "ANTI_FRAUD", ANTI_FRAUD_CENTRE);
        String mobile = freshMobile();
        assertEquals("SAFE", verdict("phone", mobile, "en").getString("risk"));

        Http.Reply added = local.post(LIST, """
                {"kind": "phone", "value": "%s", "source": "湖州市反诈中心 案件 HZ-2026-0412"}""".formatted(
                mobile.substring(0, 3) + " " + mobile.substring(3)), bearer(keeper));

        assertEquals(201, added.status(), added.body());
        JsonObject entry = added.json();
        assertEquals(mobile.substring(0, 3) + "****" + mobile.substring(7), entry.getString("value"), "masked");
        assertTrue(entry.getBoolean("inForce"));
        JsonObject listed = verdict("phone", "+86" + mobile, "en");
        assertEquals("DANGER", listed.getString("risk"));
        assertTrue(joined(listed.getJsonArray("reasons")).contains("anti-fraud centres' list"), listed.toString());
        assertEquals(409, local.post(LIST, "{\"kind\": \"phone\", \"value\": \"" + mobile + "\", \"source\": \"again\"}",
                bearer(keeper)).status(), "listed once");

        String removal = LIST + "/" + entry.getJsonNumber("id").longValue() + "/removal";
        assertEquals(200, local.post(removal, "", bearer(keeper)).status());
        assertEquals("SAFE", verdict("phone", mobile, "en").getString("risk"));
    }

    @Test
    void onlyAntiFraudStaffKeepTheListAndOnlyAntiFraudCentresHaveThem() {
        Http local = new Http(base());
        String clerk = StaffAccounts.signedIn(local, "CLERK", ANTI_FRAUD_CENTRE);
        Http.Reply wrongUnit = local.post("api/v1/admin/users", """
                {"username": "%s", "displayName": "测试", "password": "%s", "roles": ["ANTI_FRAUD"],
                 "unitCodes": ["HUZ-ZL-ZHINAN-PS"]}""".formatted(StaffAccounts.unique("af."), StaffAccounts.PASSWORD),
                bearer(StaffAccounts.adminToken(local), "Accept-Language", "en"));

        assertEquals(403, local.get(LIST, bearer(clerk)).status());
        assertEquals(403, local.post(LIST, "{\"kind\": \"qq\", \"value\": \"12345678\", \"source\": \"x\"}",
                bearer(clerk)).status());
        assertEquals(401, local.get(LIST).status());
        assertEquals(400, wrongUnit.status(), wrongUnit.body());
        assertTrue(wrongUnit.body().contains("anti-fraud centre"), wrongUnit.body());
    }

    @Test
    void anExpiredEntryNoLongerCountsAndARevealIsRecordedWithItsPurpose() {
        Http local = new Http(base());
        String keeper = StaffAccounts.signedIn(local, "ANTI_FRAUD", ANTI_FRAUD_CENTRE);
        String qq = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 9_999_999_999L));
        Http.Reply expired = local.post(LIST, """
                {"kind": "qq", "value": "%s", "source": "2026 年 1 月通报", "listedOn": "2026-01-05",
                 "expiresOn": "2026-01-31"}""".formatted(qq), bearer(keeper));
        assertEquals(201, expired.status(), expired.body());
        assertFalse(expired.json().getBoolean("inForce"));
        long id = expired.json().getJsonNumber("id").longValue();

        JsonObject answer = verdict("account", qq, "en");
        Http.Reply noPurpose = local.post(LIST + "/" + id + "/reveal", "{}", bearer(keeper, "Accept-Language", "en"));
        Http.Reply revealed = local.post(LIST + "/" + id + "/reveal", "{\"purpose\": \"核对银行协查函\"}", bearer(keeper));

        assertEquals("SAFE", answer.getString("risk"), "an entry past its expiry day no longer counts");
        assertEquals(400, noPurpose.status());
        assertTrue(noPurpose.body().contains("recorded"), noPurpose.body());
        assertEquals(200, revealed.status(), revealed.body());
        assertEquals(qq, revealed.json().getString("value"));
        assertTrue(revealed.header("Cache-Control").contains("no-store"), "never kept in a cache");
    }

    @Test
    void aCsvImportIsAllOrNothingAndCountsWhatWasListedAlready() {
        Http local = new Http(base());
        String keeper = StaffAccounts.signedIn(local, "ANTI_FRAUD", ANTI_FRAUD_CENTRE);
        String first = freshMobile();
        String second = freshMobile();
        String broken = "kind,value,source,listedOn,expiresOn\n"
                + "phone," + first + ",通报 1,,\n"
                + "bank-card,not a card,通报 1,,\n"
                + "qq,12345,通报 1,2026-13-01,\n";
        String good = "kind,value,source,listedOn,expiresOn\n"
                + "phone," + first + ",\"通报 1, 第二批\",,\n"
                + "phone,+86 " + second + ",通报 1,,2099-12-31\n"
                + "phone," + first + ",通报 1 重复,,\n";

        Http.Reply refused = local.postBytes(LIST + "/imports", broken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/csv", bearer(keeper, "Accept-Language", "en"));
        assertEquals(400, refused.status(), refused.body());
        List<String> fields = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertEquals(List.of("line 3.value", "line 4.listedOn"), fields);
        assertEquals("SAFE", verdict("phone", first, "en").getString("risk"), "nothing of a refused file is listed");

        Http.Reply imported = local.postBytes(LIST + "/imports", good.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/csv", bearer(keeper));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("added"));
        assertEquals(1, imported.json().getInt("alreadyListed"));
        assertEquals("DANGER", verdict("phone", second, "en").getString("risk"));
    }

    @Test
    void eachAddressHasAnAllowanceOfChecksAndIsToldWhenToComeBack() {
        String body = "{\"type\": \"phone\", \"value\": \"96110\"}";
        int admitted = 0;
        Http.Reply last = null;
        for (int i = 0; i < 41; i++) {
            last = check(body);
            if (last.status() == 200) {
                admitted++;
            }
        }

        assertEquals(40, admitted);
        assertNotNull(last);
        assertEquals(429, last.status(), last.body());
        assertEquals("600", last.header("Retry-After"));
        assertTrue(last.body().contains("96110"), "even a refusal tells where to get help at once");
    }

    @Test
    void aLinkDressedInABanksNameIsDangerAndTheBanksOwnSiteIsNamed() {
        JsonObject fake = verdict("url", "http://icbc.com.cn.verify-login.top/login?utm_source=sms", "zh");
        JsonObject real = verdict("url", "https://www.icbc.com.cn/icbc/网上银行/", "en");
        Http.Reply broken = check("{\"type\": \"url\", \"value\": \"xn--example-.com\", \"lang\": \"en\"}");
        JsonObject homograph = verdict("url", "xn--paypl-g9d.com", "en");

        assertEquals("DANGER", fake.getString("risk"), fake.toString());
        assertTrue(joined(fake.getJsonArray("reasons")).contains("工商银行"), fake.toString());
        assertTrue(joined(fake.getJsonArray("advice")).contains("不要打开该链接"), fake.toString());
        assertEquals("SAFE", real.getString("risk"), real.toString());
        assertTrue(joined(real.getJsonArray("reasons")).contains("Industrial and Commercial Bank of China"), real.toString());
        assertEquals(400, broken.status(), broken.body());
        assertEquals("Not a link", broken.json().getString("title"));
        assertFalse("SAFE".equals(homograph.getString("risk")), "a name a browser would not show is never safe");
    }

    @Test
    void aScamMessageIsDangerNamesItsKindAndChecksWhatItContains() {
        JsonObject answer = verdict("text", "【公安局】您的身份证涉嫌一起洗钱案件，名下账户将被冻结。请立即联系办案民警 +00 8621 5566 7788，"
                + "并将资金转入安全账户配合资金清查，此事保密，不要告诉家人。详情见 http://t.cn/A6x9Zq", "zh");

        assertEquals("DANGER", answer.getString("risk"), answer.toString());
        assertEquals("IMPERSONATING_OFFICIALS", answer.getString("scamType"), answer.toString());
        String reasons = joined(answer.getJsonArray("reasons"));
        assertTrue(reasons.contains("安全账户"), reasons);
        List<String> types = answer.getJsonArray("extracted").getValuesAs(JsonObject.class).stream()
                .map(found -> found.getString("type") + ":" + found.getString("risk")).toList();
        assertTrue(types.contains("phone:DANGER"), types.toString());
        assertTrue(types.contains("url:CAUTION"), "a shortened link: " + types);
        assertTrue(joined(answer.getJsonArray("advice")).contains("公检法机关从不"), answer.toString());
    }

    @Test
    void aGenuineBankNoticeIsSafe() {
        JsonObject answer = verdict("text", "【工商银行】您尾号6621的账户12月05日14:32支出人民币500.00元，余额3,218.45元。"
                + "如有疑问请致电95588。", "zh");

        assertEquals("SAFE", answer.getString("risk"), answer.toString());
        assertTrue(answer.isNull("scamType"));
    }

    @Test
    void aMessageInALanguageTheModelDoesNotReadIsJudgedByItsNumbersAndSaysSo() {
        JsonObject answer = verdict("text", "Здравствуйте, это служба безопасности банка. Перезвоните срочно: +00 95588", "ru");

        assertEquals("DANGER", answer.getString("risk"), answer.toString());
        String reasons = joined(answer.getJsonArray("reasons"));
        assertTrue(reasons.contains("не читаем этот язык"), reasons);
        assertTrue(reasons.contains("+00"), reasons);
    }

    @Test
    void aCallerWhoAsksForASafeAccountIsDangerWhateverTheirNumber() {
        Http.Reply answer = check("""
                {"type": "officer", "fields": {"phone": "110", "said": "让我把存款转到安全账户配合调查"}, "lang": "en"}""");

        assertEquals(200, answer.status(), answer.body());
        assertEquals("DANGER", answer.json().getString("risk"));
        assertTrue(joined(answer.json().getJsonArray("reasons")).contains("safe account"), answer.body());
    }

    @Test
    void whatCitizensReportIsCountedButNeverListedByTheirReportsAlone() {
        String card = "6217" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        String anHourAgo = java.time.LocalDateTime.now(java.time.ZoneOffset.ofHours(8)).minusHours(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        Http local = new Http(base());
        for (int i = 0; i < 2; i++) {
            Http.Reply report = local.post("api/v1/requests", """
                    {"type": "FRAUD_REPORT", "category": "money-lost", "description": "对方自称客服，让我转账退款。",
                     "divisionCode": "330109", "contactName": "赵敏", "contactPhone": "1370000%04d", "lang": "zh",
                     "fields": {"amount": 3000, "transferredAt": "%s", "receivingAccount": "%s",
                                "channel": "phone", "scamKind": "fake-customer-service"}}
                    """.formatted(ThreadLocalRandom.current().nextInt(10_000), anHourAgo, card));
            assertEquals(201, report.status(), report.body());
        }

        Http.Reply checked = check("{\"type\": \"account\", \"value\": \"" + card
                + "\", \"fields\": {\"kind\": \"bank-card\"}, \"lang\": \"en\"}");
        assertEquals(200, checked.status(), checked.body());
        JsonObject answer = checked.json();

        assertEquals("CAUTION", answer.getString("risk"), answer.toString());
        assertTrue(joined(answer.getJsonArray("reasons")).contains("reported it as fraud 2 times"), answer.toString());
    }

    @Test
    void aNumberTheAdministratorPublishesForAUnitIsNamedToACitizenWhoWasCalledFromIt() {
        Http local = new Http(base());
        String number = "0572-21" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        Http.Reply added = local.post("api/v1/admin/official-phones", """
                {"phone": "%s", "unitCode": "HUZ-ANTIFRAUD", "labelZh": "湖州市公安局反诈中心值班电话",
                 "labelEn": "the duty line of the Huzhou anti-fraud centre", "source": "湖州市公安局网站"}"""
                .formatted(number), bearer(StaffAccounts.adminToken(local)));
        Http.Reply abroad = local.post("api/v1/admin/official-phones", """
                {"phone": "+44 20 7946 0018", "labelZh": "x", "labelEn": "x", "source": "x"}""",
                bearer(StaffAccounts.adminToken(local), "Accept-Language", "en"));

        assertEquals(201, added.status(), added.body());
        assertEquals(400, abroad.status(), "a police number abroad is no police number");
        Http.Reply officer = check("""
                {"type": "officer", "fields": {"name": "张警官", "phone": "%s"}, "lang": "en"}""".formatted(number));
        String reasons = joined(officer.json().getJsonArray("reasons"));
        assertTrue(reasons.contains("the duty line of the Huzhou anti-fraud centre"), reasons);
        assertEquals("CAUTION", officer.json().getString("risk"), "even then, the display may be forged");
        assertEquals(204, local.delete("api/v1/admin/official-phones/" + added.json().getJsonNumber("id").longValue(),
                bearer(StaffAccounts.adminToken(local))).status());
    }
}
