package io.jingwu.portal.fraudlist.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refused import's errors as the staff member reads them: one line each, naming the file's line and the column
 * in their language ("Line 3, value: ..."), where the facade names them as fields ({@code line 3.value}); an error
 * about the whole file (its header, its length) is shown as it is.
 */
final class ImportErrors {

    private static final Pattern LINE_FIELD = Pattern.compile("line (\\d+)\\.(\\w+)");

    private ImportErrors() {
    }

    /** @param pageTexts the portal's texts in the staff member's language, which name the columns */
    static List<String> lines(List<FieldError> errors, Language language, ResourceBundle pageTexts) {
        return errors.stream().map(error -> line(error, language, pageTexts)).toList();
    }

    private static String line(FieldError error, Language language, ResourceBundle pageTexts) {
        Matcher field = LINE_FIELD.matcher(error.field());
        if (!field.matches()) {
            return error.message(language);
        }
        return MessageFormat.format(pageTexts.getString("fraudList.import.line"), field.group(1),
                column(field.group(2), pageTexts), error.message(language));
    }

    private static String column(String name, ResourceBundle pageTexts) {
        try {
            return pageTexts.getString("fraudList." + name);
        } catch (MissingResourceException e) {
            return name;
        }
    }
}
