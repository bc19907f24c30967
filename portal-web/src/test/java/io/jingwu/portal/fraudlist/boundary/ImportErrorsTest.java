package io.jingwu.portal.fraudlist.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A refused import names each broken line and column in the staff member's language, as the facade worded it. */
class ImportErrorsTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("io.jingwu.portal.messages", Locale.ENGLISH);
    private static final ResourceBundle ZH = ResourceBundle.getBundle("io.jingwu.portal.messages", Locale.SIMPLIFIED_CHINESE);

    private static final List<FieldError> REFUSED = List.of(
            FieldError.of("line 3.value", "fraud.list.value.shape", "bank-card"),
            FieldError.of("line 4.listedOn", "fraud.list.date.format"));

    @Test
    void eachBrokenLineIsNamedWithItsColumnInEnglish() {
        assertEquals(List.of("Line 3, Value: This is not a valid value of the kind bank-card.",
                        "Line 4, Listed on: Write the date as yyyy-mm-dd."),
                ImportErrors.lines(REFUSED, Language.EN, EN));
    }

    @Test
    void andInChinese() {
        assertEquals(List.of("第 3 行，内容：这不是有效的 bank-card 类型内容。", "第 4 行，列入日期：日期格式应为 yyyy-mm-dd。"),
                ImportErrors.lines(REFUSED, Language.ZH, ZH));
    }

    @Test
    void anErrorAboutTheWholeFileIsShownAsItIs() {
        assertEquals(List.of("The file must start with the header kind,value,source,listedOn,expiresOn."),
                ImportErrors.lines(List.of(FieldError.of("file", "fraud.list.csv.header",
                        "kind,value,source,listedOn,expiresOn")), Language.EN, EN));
    }
}
