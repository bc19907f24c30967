package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Identity verification in headless Chromium on the narrowest phone the portal is made for: a foreign resident types
 * their passport, confirms the code from the text message, shows the credential and revokes it; refusals speak the
 * page's language beside the document; a person the registry cannot confirm is passed to an officer.
 */
abstract class IdentityBrowserChecks extends DeployedApplication {

    private static final String CODE_SHAPE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}";
    private static final String HOLDER_COOKIE = "jingwu-holder";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(Browsers.NARROW_PHONE);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }


    Http api() {
        return new Http(base());
    }

    @Test
    void aForeignResidentVerifiesWithTypedPassportFieldsThenRevokesTheCredential() throws Exception {
        String passport = IdentityPeople.passportNumber();
        LocalDate born = LocalDate.of(1994, 2, 11);
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "PASSPORT", "UZB", passport, "KARIMOVA DILNOZA", born, phone[1]);

        IdentityVerifyPage page = IdentityVerifyPage.open(browser, wait, base(), "en");
        assertEquals(360L, ((JavascriptExecutor) browser).executeScript("return window.innerWidth;"),
                "the page is tried on a 360 px wide phone");
        page.typedPassport(passport, "UZB", "KARIMOVA", "DILNOZA", born, LocalDate.now().plusYears(3))
                .phone(phone[0]).livesIn("织里", "织里镇");
        assertEquals(0, page.sidewaysOverflow(), "nothing scrolls sideways on the form");
        page.send();

        assertTrue(page.asksForTheCode(), page.errorSummary());
        String masked = phone[0].substring(0, 3) + "****" + phone[0].substring(7);
        assertTrue(page.codeSentText().contains(masked) && page.codeSentText().contains("(China time)"), page.codeSentText());
        page.confirm(CitizenAccessChecks.lastCodeSentTo(phone[1], "identity-code"));

        String code = page.credentialCode();
        assertTrue(code.matches(CODE_SHAPE), code);
        assertFalse(page.qrPathData().isBlank(), "the QR code is drawn");
        assertFalse(page.qrCode().getAttribute("aria-label").isBlank(), "the QR code is named for screen readers");
        assertEquals("Uzbekistan", page.seen("Nationality"));
        assertEquals("Passport", page.seen("Document"));
        assertTrue(page.seen("Name").startsWith("K"), page.seen("Name"));
        assertFalse(page.pageText().contains(passport), "the document number is never shown");
        assertEquals(0, page.sidewaysOverflow(), "nothing scrolls sideways on the credential");

        Cookie holder = browser.manage().getCookieNamed(HOLDER_COOKIE);
        assertNotNull(holder, "the phone keeps the holder's token");
        assertTrue(holder.isHttpOnly());
        assertEquals("Strict", holder.getSameSite());
        assertEquals("/identity", holder.getPath());
        Duration kept = Duration.between(Instant.now(), holder.getExpiry().toInstant());
        assertTrue(kept.compareTo(Duration.ofDays(29)) > 0 && kept.compareTo(Duration.ofDays(30).plusMinutes(1)) <= 0,
                "as long as the credential is valid: " + kept);

        IdentityCredentialPage credential = page.openCredential();
        assertEquals("VALID", credential.statusCode());
        assertEquals("Valid", credential.status());
        assertEquals(code, credential.code());
        assertTrue(credential.showsQrCode());
        assertEquals("Nobody has checked it yet.", credential.noChecks());
        assertEquals(0, credential.sidewaysOverflow());

        Instant before = Instant.now();
        institutionChecks(code, "湖州银行织里支行", "BANK");
        institutionChecks(code, "织里大酒店", "HOTEL");
        Instant after = Instant.now();
        credential = IdentityCredentialPage.open(browser, wait, base(), "en");
        List<List<String>> checks = credential.checks();
        assertEquals(2, checks.size(), checks.toString());
        assertEquals(List.of("织里大酒店", "Hotel"), checks.get(0).subList(0, 2), "newest first");
        assertEquals(List.of("湖州银行织里支行", "Bank"), checks.get(1).subList(0, 2));
        assertTrue(List.of(inChinaTime(before), inChinaTime(after)).contains(checks.get(0).get(2)), checks.get(0).get(2));
        assertEquals("Was told: Valid", checks.get(0).get(3));
        assertEquals("", credential.noChecks());

        credential.revoke();
        assertEquals("REVOKED", credential.statusCode());
        assertEquals("Revoked", credential.status());
        assertTrue(credential.revokedNotice().contains("no longer valid"), credential.revokedNotice());
        assertFalse(credential.showsQrCode(), "a revoked credential offers no QR code to scan");

        Http.Reply mine = api().get("api/v1/identity/credentials/mine",
                "Authorization", "CitizenToken " + holder.getValue());
        assertEquals(200, mine.status(), mine.body());
        assertEquals("REVOKED", mine.json().getString("status"));
        assertEquals("HOLDER", mine.json().getString("revokedBecause"));
    }

    /** An institution an administrator added checks the credential by its code, with its own key. */
    private void institutionChecks(String code, String institution, String kind) {
        String key = IdentityCredentialChecks.institutionKey(api(), institution, kind, 60);
        Http.Reply checked = api().get("api/v1/verifications/" + code, "X-Api-Key", key);
        assertEquals(200, checked.status(), checked.body());
    }

    /** A moment as the English page writes it. */
    private static String inChinaTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .withZone(ZoneId.of("Asia/Shanghai")).format(instant) + " (China time)";
    }

    @Test
    void anExpiredPassportAndAGarbledZoneAreRefusedBesideTheDocumentInEnglish() {
        String[] phone = IdentityPeople.mobile();
        IdentityVerifyPage page = IdentityVerifyPage.open(browser, wait, base(), "en")
                .typedPassport(IdentityPeople.passportNumber(), "UZB", "KARIMOVA", "DILNOZA",
                        LocalDate.of(1994, 2, 11), LocalDate.now().minusDays(3))
                .phone(phone[0]).livesIn("织里", "织里镇")
                .send();

        assertFalse(page.asksForTheCode());
        assertTrue(page.documentError().startsWith("This document has expired"), page.documentError());
        assertTrue(page.errorSummary().contains("This document has expired"), page.errorSummary());
        assertEquals(0, page.sidewaysOverflow(), "long messages wrap");

        page.passportZone("P<UZBKARIMOVA<<DILNOZA", "TOO<SHORT").send();
        assertFalse(page.asksForTheCode());
        assertTrue(page.documentError().startsWith("A machine-readable zone has 2 lines of 44 characters"),
                page.documentError());
    }

    @Test
    void aMistypedResidentNumberIsRefusedBesideTheDocumentInChinese() {
        String number = IdentityPeople.residentNumber("330502", LocalDate.of(1990, 3, 7));
        char last = number.charAt(17);
        String mistyped = number.substring(0, 17) + (last == '1' ? '2' : '1');
        String[] phone = IdentityPeople.mobile();

        IdentityVerifyPage page = IdentityVerifyPage.open(browser, wait, base(), "zh")
                .residentCard(mistyped, "王晓明").phone(phone[0]).livesIn("织里", "织里镇").send();

        assertFalse(page.asksForTheCode());
        assertTrue(page.documentError().contains("校验位不符"), page.documentError());
        assertTrue(page.errorSummary().startsWith("请修改以下内容"), page.errorSummary());
    }

    @Test
    void aWrongCodeIsRefusedWithAClearMessageAndTheRightOneStillWorks() throws Exception {
        String number = IdentityPeople.residentNumber("330502", LocalDate.of(1988, 11, 23));
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "RESIDENT_ID", null, number, "林志强", LocalDate.of(1988, 11, 23), phone[1]);
        IdentityVerifyPage page = IdentityVerifyPage.open(browser, wait, base(), "en")
                .residentCard(number, "林志强").phone(phone[0]).livesIn("织里", "织里镇").send();
        String code = CitizenAccessChecks.lastCodeSentTo(phone[1], "identity-code");

        page.confirm(code.equals("000000") ? "111111" : "000000");
        assertTrue(page.notice().startsWith("This code was not accepted"), page.notice());
        assertTrue(page.asksForTheCode(), "the code can be typed again");

        page.confirm(code);
        assertTrue(page.credentialCode().matches(CODE_SHAPE), page.pageText());
        assertEquals("", page.notice());
    }

    @Test
    void theHolderPageOfACredentialReplacedElsewhereSaysWhenAndWhomToCall() throws Exception {
        LocalDate born = LocalDate.of(1988, 11, 23);
        String number = IdentityPeople.residentNumber("330502", born);
        String[] phone = IdentityPeople.mobile();
        String[] otherPhone = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "RESIDENT_ID", null, number, "林志强", born, phone[1], otherPhone[1]);
        IdentityVerifyPage page = IdentityVerifyPage.open(browser, wait, base(), "en")
                .residentCard(number, "林志强").phone(phone[0]).livesIn("织里", "织里镇").send();
        page.confirm(CitizenAccessChecks.lastCodeSentTo(phone[1], "identity-code"));
        assertTrue(page.credentialCode().matches(CODE_SHAPE), page.pageText());

        Http.Reply elsewhere = IdentityVerificationChecks.verify(api(), IdentityVerificationChecks.residentBody(number,
                "林志强", otherPhone[0], "330502"), otherPhone[1]);
        assertEquals("VERIFIED", elsewhere.json().getString("status"), elsewhere.body());

        IdentityCredentialPage credential = IdentityCredentialPage.open(browser, wait, base(), "en");
        assertEquals("REVOKED", credential.statusCode());
        String notice = credential.supersededNotice();
        assertTrue(notice.startsWith("A new identity credential was issued for your document at "), notice);
        assertTrue(notice.contains("(China time)") && notice.endsWith("If this was not you, call 110 at once."), notice);
    }

    @Test
    void aPersonTheRegistryCannotConfirmIsPassedToAnOfficerWithATrackingNumber() throws Exception {
        String[] phone = IdentityPeople.mobile();
        IdentityVerifyPage page = IdentityVerifyPage.open(browser, wait, base(), "zh")
                .residentCard(IdentityPeople.residentNumber("330502", LocalDate.of(1979, 5, 30)), "陈丽华")
                .phone(phone[0]).livesIn("织里", "织里镇").send();
        page.confirm(CitizenAccessChecks.lastCodeSentTo(phone[1], "identity-code"));

        String trackingNumber = page.trackingNumber();
        assertTrue(trackingNumber.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), page.pageText());
        assertTrue(page.pageText().contains("民警会拨打您填写的手机号码"), page.pageText());
        assertEquals(null, browser.manage().getCookieNamed(HOLDER_COOKIE), "no credential, no holder's token");

        Http.Reply followed = api().get("api/v1/requests/" + trackingNumber);
        assertEquals(200, followed.status(), followed.body());
        JsonObject request = followed.json();
        assertEquals("IDENTITY_EXCEPTION", request.getString("type"));
        assertEquals("resident-not-confirmed", request.getString("category"));
        assertEquals("SUBMITTED", request.getString("status"));

        ReportPage home = page.followProgress();
        assertEquals("已提交", home.trackedStatus());
    }

    @Test
    void withoutItsCookieTheCredentialPageLeadsToVerification() {
        IdentityCredentialPage page = IdentityCredentialPage.open(browser, wait, base(), "en");

        assertFalse(page.hasCredential());
        assertTrue(page.missingText().startsWith("This phone holds no credential"), page.missingText());
        assertTrue(page.linksToVerification());

        browser.manage().addCookie(new Cookie(HOLDER_COOKIE, "a-token-that-opens-nothing", "/identity"));
        page = IdentityCredentialPage.open(browser, wait, base(), "en");
        assertFalse(page.hasCredential());
        assertEquals(null, browser.manage().getCookieNamed(HOLDER_COOKIE), "a token that opens nothing is dropped");
    }
}
