package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

/**
 * The catalogue's part of a request form ({@code WEB-INF/includes/service-fields.xhtml}), wherever a page includes
 * it: {@code <form>:type} and {@code <form>:category}, then each of the service's own questions wrapped in
 * {@code field-<code>}, its refusal in the wrapper's {@code .field-error}.
 */
final class ServiceFieldsInputs {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final String form;

    ServiceFieldsInputs(WebDriver browser, WebDriverWait wait, String form) {
        this.browser = browser;
        this.wait = wait;
        this.form = form;
    }

    /** Picks the type, then the service (by its catalogue code), waiting for the service's questions each time. */
    void service(String type, String category) {
        choose(form + ":type", type);
        choose(form + ":category", category);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + form + "\\:answers .field")));
    }

    /** The labels of the service's own questions, in order. */
    List<String> questions() {
        return browser.findElements(By.cssSelector("#" + form + "\\:answers .field > label")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** Types the answer to one of the service's own text-like questions. */
    void answer(String code, String text) {
        WebElement input = browser.findElement(By.cssSelector("#field-" + code + " input, #field-" + code + " textarea"));
        input.clear();
        input.sendKeys(text);
    }

    /** Answers a yes-or-no question: its first choice is yes. */
    void yesNo(String code, boolean yes) {
        List<WebElement> boxes = browser.findElements(By.cssSelector("#field-" + code + " .ui-radiobutton-box"));
        boxes.get(yes ? 0 : 1).click();
    }

    /** The refusal beside one of the service's own questions, or an empty text. */
    String refusalOf(String code) {
        return browser.findElements(By.cssSelector("#field-" + code + " .field-error")).stream()
                .map(e -> e.getText().strip()).findFirst().orElse("");
    }

    /** Chooses an option of a native select by value; its change re-renders the questions below it. */
    private void choose(String id, String value) {
        Select select = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))));
        if (value.equals(select.getFirstSelectedOption().getAttribute("value"))) {
            return;
        }
        WebElement answers = browser.findElement(By.id(form + ":answers"));
        select.selectByValue(value);
        wait.until(Browsers.gone(answers));
    }
}
