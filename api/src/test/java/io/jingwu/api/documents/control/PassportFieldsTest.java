package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.DocumentKind;
import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ValidationResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassportFieldsTest {

    private final DocumentValidation validation = new DocumentValidation(VectorFiles.CLOCK);

    private static Map<String, String> passport(String number, String nationality, String birth, String expiry) {
        Map<String, String> fields = new HashMap<>();
        fields.put("number", number);
        fields.put("nationality", nationality);
        fields.put("birthDate", birth);
        fields.put("expiryDate", expiry);
        return fields;
    }

    private ValidationResult check(Map<String, String> fields) {
        return validation.validate(DocumentKind.PASSPORT, null, fields);
    }

    @Test
    void typedFieldsOfAValidPassportAreAccepted() {
        Map<String, String> fields = passport("e 1234 5678", "chn", "1990-05-01", "2030-04-30");
        fields.put("surname", "Zhang");
        fields.put("givenNames", "San");
        fields.put("sex", "m");

        ValidationResult result = check(fields);

        assertTrue(result.valid(), result.errors().toString());
        assertFalse(result.expired());
        assertEquals(DocumentType.PASSPORT, result.document().type());
        assertEquals("E12345678", result.document().number());
        assertEquals("CHN", result.document().nationality());
        assertEquals("M", result.document().sex());
        assertEquals(LocalDate.of(1990, 5, 1), result.document().birthDate());
        assertEquals("Zhang", result.document().surname());
    }

    @Test
    void anExpiredPassportIsValidButExpired() {
        ValidationResult result = check(passport("L898902C3", "UTO", "1974-08-12", "2012-04-15"));

        assertTrue(result.valid());
        assertTrue(result.expired());
    }

    @Test
    void datesMayBeTypedAsInTheZoneWithItsTwoDigitYears() {
        ValidationResult result = check(passport("L898902C3", "D", "740812", "120415"));

        assertTrue(result.valid());
        assertEquals(LocalDate.of(1974, 8, 12), result.document().birthDate());
        assertEquals(LocalDate.of(2012, 4, 15), result.document().expiryDate());
    }

    @Test
    void theNumberMayComeAsTheValue() {
        Map<String, String> fields = passport(null, "CHN", "1990-05-01", "2030-04-30");
        fields.remove("number");

        assertTrue(validation.validate(DocumentKind.PASSPORT, "E12345678", fields).valid());
    }

    @Test
    void eachFieldIsHeldToTheRulesOfTheZone() {
        Map<String, String> fields = passport("E123456789", "XYZ", "1990-02-30", "next year");
        fields.put("sex", "male");

        assertEquals(List.of(ErrorField.FORMAT, ErrorField.NATIONALITY, ErrorField.BIRTH_DATE, ErrorField.EXPIRY,
                ErrorField.SEX), fields(check(fields)));
        assertEquals(List.of(ErrorField.BIRTH_DATE), fields(check(passport("E12345678", "CHN", "2026-01-16", "2030-01-01"))));
        assertEquals(List.of(ErrorField.FORMAT, ErrorField.NATIONALITY, ErrorField.BIRTH_DATE, ErrorField.EXPIRY),
                fields(check(Map.of())));
    }

    private static List<ErrorField> fields(ValidationResult result) {
        return result.errors().stream().map(e -> e.field()).toList();
    }
}
