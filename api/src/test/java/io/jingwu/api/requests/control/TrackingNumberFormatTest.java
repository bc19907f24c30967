package io.jingwu.api.requests.control;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.validation.InputChecks;
import io.jingwu.api.requests.entity.TrackingNumber;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A tracking number typed where another request is named: read leniently, its check symbol holding. */
class TrackingNumberFormatTest {

    record Named(@TrackingNumberFormat String into) {
    }

    static List<FieldError> errors(String into) {
        return InputChecks.standalone().errors(new Named(into));
    }

    @Test
    void aNumberIsReadAsPeopleTypeIt() {
        String number = TrackingNumber.random(new Random(7)).formatted();
        assertEquals(List.of(), errors(number));
        assertEquals(List.of(), errors(" " + number.toLowerCase().replace("-", " ") + " "));
        assertEquals(List.of(), errors(null), "whether one is required is @NotBlank's to say");
    }

    @Test
    void aMisreadSymbolOrAWrongLengthIsRefused() {
        String number = TrackingNumber.random(new Random(7)).value();
        char last = number.charAt(number.length() - 1);
        String misread = number.substring(0, number.length() - 1) + (last == '0' ? '1' : '0');
        assertEquals(List.of(FieldError.ofDeclared("into", "trackingNumber.format")), errors(misread));
        assertEquals(1, errors(number.substring(1)).size());
        assertEquals("This is not a tracking number; please check it (12 symbols, e.g. 7K3M-9QXD-2HFA).",
                errors("7K3M").get(0).message(Language.EN));
    }
}
