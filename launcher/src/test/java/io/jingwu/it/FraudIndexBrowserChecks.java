package io.jingwu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anti-fraud index page on a phone, without signing in: every county's level like a weather forecast (colour
 * and words), a county's figures, its 30-day trend drawn under the content security policy, the scams most reported
 * there and the way to the anti-fraud check; in Chinese, English and Russian, on the narrowest phone.
 */
abstract class FraudIndexBrowserChecks extends DeployedApplication {

    private WebDriver browser;

    Http api() {
        return new Http(base());
    }

    private PublicFraudIndexPage on(String windowSize) {
        browser = Browsers.chromium(windowSize);
        return new PublicFraudIndexPage(browser, new WebDriverWait(browser, Duration.ofSeconds(20)), base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    @Test
    void aResidentTapsTheirCountyAndSeesItsLevelTrendAndScams() {
        String county = FraudIndexChecks.ownCounty(api());
        FraudIndexChecks.workedExample(api(), county);
        PublicFraudIndexPage page = on(Browsers.PHONE).open("fraud/index.xhtml?lang=zh");

        assertEquals("反诈指数", page.title());
        assertTrue(page.county(county).getText().contains("4级 · 高风险"), page.county(county).getText());
        assertTrue(page.county(county).getAttribute("class").contains("level-4"), "its colour as well as its words");
        page.choose(county);

        assertTrue(page.text("districtName").startsWith("浙江省 "), page.text("districtName"));
        assertTrue(page.level().getText().contains("4级 · 高风险"), page.level().getText());
        assertTrue(page.level().getAttribute("class").contains("level-4"));
        assertEquals("指数 7.00", page.text("districtScore"));
        assertEquals("每 10 万居民被骗报警 5.00 起（共 2 起）", page.figure("victims"));
        assertEquals("扣除止付后人均损失 0.25 元（被骗 12,000 元，止付挽回 2,000 元）", page.figure("net-loss"));
        assertEquals(30, page.waitForTrend().size(), "a point per day of the window");
        assertEquals(List.of("冒充公检法（1 起）", "谎称亲人出事（1 起）"), page.scams());
        assertTrue(page.checkLink().endsWith("/fraud/check.xhtml"), page.checkLink());
    }

    @Test
    void theCountyReadsInEnglishAndRussianOnTheNarrowestPhone() {
        String county = FraudIndexChecks.ownCounty(api());
        FraudIndexChecks.workedExample(api(), county);
        PublicFraudIndexPage page = on(Browsers.NARROW_PHONE).open("fraud/index.xhtml?division=" + county + "&lang=en");

        assertEquals("Anti-fraud index", page.title());
        assertTrue(page.level().getText().contains("Level 4 · High"), page.level().getText());
        assertEquals("5.00 victims per 100,000 residents (2 in all)", page.figure("victims"));
        page.waitForTrend();
        assertEquals(0, page.sidewaysOverflow(), "nothing scrolls sideways on a 360 px phone");

        page.open("fraud/index.xhtml?division=" + county + "&lang=ru");
        assertTrue(page.level().getText().contains("Уровень 4 · Высокий"), page.level().getText());
        assertEquals(0, page.sidewaysOverflow());

    }

    @Test
    void aCountyWithoutAPopulationIsToldWhyItHasNoIndex() {
        String county = FraudIndexChecks.ownCounty(api());

        PublicFraudIndexPage page = on(Browsers.PHONE).open("fraud/index.xhtml?division=" + county + "&lang=zh");

        assertTrue(page.notice().startsWith("浙江省 "), page.notice());
        assertTrue(page.notice().endsWith("尚无人口数据，因此不计算反诈指数。"), page.notice());
    }
}
