package io.jingwu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The screenshots of the workbench in {@code docs/screenshots} (or {@code -Djingwu.screenshots=<directory>}):
 * tagged {@code screenshots}, which the build leaves out unless asked (see the README), so that no run reports them
 * as skipped. A clerk and a supervisor of Zhili's livelihood team
 * look at a queue of disputes in every stage, at one of them, at the dashboard and at the phone entry, 1366x900.
 */
@Tag("screenshots")
abstract class WorkbenchScreenshots extends DeployedApplication {

    private static final String[][] CALLS = {
            {"沈建国", "童装加工厂老板拖欠我和四个工友三个月工资，共计五万四千元，老板电话不接。"},
            {"陆小芳", "房东要求提前退租，押金三千元至今不退，多次沟通无果。"},
            {"周海波", "楼上邻居装修每天早上七点开始电钻，影响老人和孩子休息。"},
            {"吴丽娟", "网购的童装布料与样品不符，商家拒绝退货退款。"},
            {"钱国强", "物流园车辆夜间占用消防通道，多次劝说无效。"},
            {"孙晓梅", "快递驿站丢失我的包裹，驿站拒绝赔偿。"},
            {"郑大伟", "小区电动车充电桩收费标准不清，物业乱收费。"},
    };

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(Browsers.DESKTOP);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    private Http api() {
        return new Http(base());
    }

    @Test
    void theQueueTheRequestTheDashboardAndThePhoneEntry() throws Exception {
        Path directory = Path.of(System.getProperty("jingwu.screenshots", "../docs/screenshots"));
        Files.createDirectories(directory);
        String clerk = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        String supervisor = StaffAccounts.create(api(), "SUPERVISOR", StaffWorkChecks.ZHILI);
        String token = StaffAccounts.tokenOf(api(), clerk, StaffAccounts.PASSWORD);
        List<String> numbers = new ArrayList<>();
        for (String[] call : CALLS) {
            String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            Http.Reply created = api().post("api/v1/requests", RequestsApiChecks.dispute("330502100", call[0], phone, call[1]));
            assertEquals(201, created.status(), created.body());
            numbers.add(created.json().getString("trackingNumber"));
        }
        move(token, numbers.get(0), "accept", "{}");
        move(token, numbers.get(0), "dispatch", "{\"handler\": \"民生服务队调解组\"}");
        move(token, numbers.get(0), "start", "{}");
        move(token, numbers.get(0), "note", "{\"text\": \"已联系劳动监察大队，约定明天上午到厂核实。\"}");
        move(token, numbers.get(1), "accept", "{}");
        move(token, numbers.get(2), "priority", "{\"priority\": \"HIGH\"}");

        signIn(clerk);
        browser.get(base().resolve("workbench/queue.xhtml").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue\\:table tbody tr[data-ri]")));
        save(directory, "queue.png");

        browser.get(base().resolve("workbench/request.xhtml?tn=" + numbers.get(0)).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingNumber")));
        save(directory, "request.png");

        WorkbenchPhonePage phone = new WorkbenchPhonePage(browser, wait, base());
        browser.get(base().resolve("workbench/phone.xhtml").toString());
        phone.service("DISPUTE", "unpaid-wages").answer("employerName", "织里某童装加工厂").answer("amountOwed", "18,000")
                .type("phone:description", "来电称童装加工厂老板拖欠三个月工资。").place("织里", "织里镇")
                .type("phone:contactName", "钱师傅");
        phone.submit();
        save(directory, "phone-entry.png");

        browser.manage().deleteAllCookies();
        signIn(supervisor);
        browser.get(base().resolve("workbench/dashboard.xhtml").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#perDayChart canvas")));
        Thread.sleep(1500); // the charts' own drawing animation, not the application's state
        save(directory, "dashboard.png");
    }

    private void move(String token, String number, String move, String body) {
        Http.Reply reply = api().post("api/v1/staff/requests/" + number + "/" + move, body, bearer(token));
        assertEquals(200, reply.status(), reply.body());
    }

    private void signIn(String username) {
        WorkbenchSignInPage signIn = new WorkbenchSignInPage(browser, wait, base());
        signIn.open("workbench/sign-in.xhtml?lang=zh");
        signIn.signIn(username, StaffAccounts.PASSWORD);
    }

    private void save(Path directory, String name) throws Exception {
        Files.write(directory.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
