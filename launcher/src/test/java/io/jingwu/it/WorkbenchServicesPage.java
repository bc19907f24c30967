package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;

/**
 * The service catalogue editor ({@code workbench/admin/services.xhtml}) by its stable ids: the table
 * {@code services:table} (a row's class names its service), the editor form {@code editor} with the service's inputs
 * ({@code editor:type}, {@code editor:category}, {@code editor:texts:<n>:name}, ...) and each question's under
 * {@code editor:fields:<i>:}; refusals listed in {@code editor:errorSummary}.
 */
final class WorkbenchServicesPage {

    /** The editor's languages in order: zh, then en. */
    static final int ZH = 0;
    static final int EN = 1;

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;

    WorkbenchServicesPage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    WorkbenchServicesPage open() {
        browser.get(base.resolve("workbench/admin/services.xhtml?lang=en").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adminServicesTitle")));
        return this;
    }

    WorkbenchServicesPage startNew() {
        browser.findElement(By.id("services:create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:category")));
        return this;
    }

    /** Opens the editor on a service of the table, by type and category. */
    WorkbenchServicesPage edit(String type, String category) {
        browser.findElement(By.cssSelector("#services\\:table tr.service-" + type + "-" + category + " button[id$=':edit']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:save")));
        return this;
    }

    WorkbenchServicesPage type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    WorkbenchServicesPage select(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Chooses a question's data type; the question is drawn again with the inputs that type takes. */
    WorkbenchServicesPage dataType(int field, String type) {
        WebElement select = browser.findElement(By.id(fieldInput(field, "type")));
        new Select(select).selectByValue(type);
        wait.until(Browsers.gone(select));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(fieldInput(field, "type"))));
        return this;
    }

    WorkbenchServicesPage tick(String id) {
        WebElement box = browser.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    WorkbenchServicesPage untick(String id) {
        WebElement box = browser.findElement(By.id(id));
        if (box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** The service's name and description in one of the editor's languages. */
    WorkbenchServicesPage texts(int language, String name, String description) {
        return type("editor:texts:" + language + ":name", name)
                .type("editor:texts:" + language + ":description", description);
    }

    /** Adds a question and waits for its inputs. */
    WorkbenchServicesPage addField() {
        int before = browser.findElements(By.cssSelector("fieldset.service-field")).size();
        press("editor:addField");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(fieldInput(before, "code"))));
        return this;
    }

    /** The id of one of a question's inputs: {@code code}, {@code type}, {@code required}, {@code choices}, ... */
    static String fieldInput(int field, String input) {
        return "editor:fields:" + field + ":" + input;
    }

    /** The id of a question's label or help in one of the editor's languages. */
    static String fieldText(int field, int language, String input) {
        return "editor:fields:" + field + ":texts:" + language + ":" + input;
    }

    /** Saves, and waits for the editor to close (saved) or to come back with its refusals. */
    void save() {
        press("editor:save");
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("editor:errorSummary")),
                ExpectedConditions.invisibilityOfElementLocated(By.id("editor:draft"))));
    }

    /** Every refusal the editor lists, each with where it lies. */
    List<String> refusals() {
        return browser.findElements(By.cssSelector("#editor\\:errorSummary li")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** What the page says above the table (saved). */
    String message() {
        return browser.findElement(By.id("services:messages")).getText().strip();
    }

    private void press(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        wait.until(Browsers.gone(button));
    }
}
