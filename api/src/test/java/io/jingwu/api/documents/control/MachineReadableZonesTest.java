package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.CheckDigit;
import io.jingwu.api.documents.entity.DocumentKind;
import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MachineReadableZonesTest {

    static final String SPECIMEN_TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    private final DocumentValidation validation = new DocumentValidation(VectorFiles.CLOCK);

    private ValidationResult check(String zone) {
        return validation.validate(DocumentKind.MRZ, zone, null);
    }

    /** A TD3 zone issued by China with every check digit computed, for fields of one's choosing. */
    static String td3(String number, String nationality, String birth, char sex, String expiry) {
        String upper = ("P<CHN" + "SPECIMEN<<TEST" + "<".repeat(44)).substring(0, 44);
        String numberField = (number + "<<<<<<<<<").substring(0, 9);
        String personal = "<".repeat(14);
        String lower = numberField + CheckDigits.icao(numberField) + nationality + birth + CheckDigits.icao(birth)
                + sex + expiry + CheckDigits.icao(expiry) + personal + "<";
        String composite = lower.substring(0, 10) + lower.substring(13, 20) + lower.substring(21, 43);
        return upper + "\n" + lower + CheckDigits.icao(composite);
    }

    @Test
    void theIcaoSpecimenPassportIsReadFieldByFieldAndIsExpired() {
        ValidationResult result = check(SPECIMEN_TD3);

        assertTrue(result.valid(), result.errors().toString());
        assertTrue(result.expired(), "expired 2012-04-15");
        ParsedDocument document = result.document();
        assertEquals(DocumentType.TD3, document.type());
        assertEquals("L898902C3", document.number());
        assertEquals("L89**02C3", document.numberMasked());
        assertEquals("UTO", document.issuingState());
        assertEquals("ERIKSSON", document.surname());
        assertEquals("ANNA MARIA", document.givenNames());
        assertEquals("UTO", document.nationality());
        assertEquals("F", document.sex());
        assertEquals(LocalDate.of(1974, 8, 12), document.birthDate());
        assertEquals(LocalDate.of(2012, 4, 15), document.expiryDate());
    }

    @Test
    void aZoneInOneLineOrInLowerCaseWithSpacesIsReadTheSame() {
        String oneLine = SPECIMEN_TD3.replace("\n", "");
        String typed = SPECIMEN_TD3.toLowerCase().replace("<<<<<", "<<<<< ") + "\n";

        assertEquals(check(SPECIMEN_TD3).document(), check(oneLine).document());
        assertTrue(check(typed).valid());
        assertTrue(check(SPECIMEN_TD3.replace("\n", "\r\n")).valid());
    }

    @Test
    void aLongDocumentNumberOfACardIsReadFromTheOptionalData() {
        ValidationResult result = check("I<UTOD23145890<7349<<<<<<<<<<<\n"
                + "3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<");

        assertTrue(result.valid());
        assertEquals("D23145890734", result.document().number());
        assertEquals(LocalDate.of(1934, 7, 12), result.document().birthDate());
    }

    @Test
    void birthYearsFollowTheTwoDigitRuleAndExpiryYearsAreOfThisCentury() {
        // the fixed clock's day is 2026-01-15
        ValidationResult older = check(td3("X1234567", "CHN", "270101", 'M', "990101"));
        assertTrue(older.valid());
        assertEquals(LocalDate.of(1927, 1, 1), older.document().birthDate());
        assertEquals(LocalDate.of(2099, 1, 1), older.document().expiryDate());
        assertFalse(older.expired());

        assertEquals(LocalDate.of(2026, 1, 1), check(td3("X1234567", "CHN", "260101", 'F', "310101")).document().birthDate());
        ValidationResult unborn = check(td3("X1234567", "CHN", "260201", 'F', "310101"));
        assertEquals(List.of(ErrorField.BIRTH_DATE), fields(unborn));
    }

    @Test
    void aDocumentExpiresAfterItsExpiryDayNotOnIt() {
        assertFalse(check(td3("X1234567", "CHN", "900101", 'F', "260115")).expired());
        assertTrue(check(td3("X1234567", "CHN", "900101", 'F', "260114")).expired());
    }

    @Test
    void datesThatAreNoDaysAreRefusedEvenWithMatchingCheckDigits() {
        ValidationResult result = check(td3("X1234567", "CHN", "900231", 'F', "301332"));

        assertEquals(List.of(ErrorField.BIRTH_DATE, ErrorField.EXPIRY), fields(result));
    }

    @Test
    void anUnknownBirthDateWrittenAsFillersIsAllowed() {
        ValidationResult result = check(td3("X1234567", "CHN", "<<<<<<", '<', "300101"));

        assertTrue(result.valid(), result.errors().toString());
        assertNull(result.document().birthDate());
        assertNull(result.document().sex());
    }

    @Test
    void aNationalityOffTheIcaoListIsRefused() {
        ValidationResult result = check(td3("X1234567", "ZZY", "900101", 'F', "300101"));

        assertEquals(List.of(ErrorField.NATIONALITY), fields(result));
    }

    @Test
    void eachWrongCheckDigitIsNamed() {
        String good = td3("X1234567", "CHN", "900101", 'F', "300101");
        String wrongNumberDigit = good.substring(0, 45 + 9) + (char) ('0' + (good.charAt(45 + 9) - '0' + 1) % 10)
                + good.substring(45 + 10);

        ValidationResult result = check(wrongNumberDigit);
        assertEquals(List.of(CheckDigit.DOCUMENT_NUMBER, CheckDigit.COMPOSITE),
                result.errors().stream().map(e -> e.checkDigit()).toList());
    }

    @Test
    void aZoneOfTheWrongShapeIsAFormatErrorWithoutADocument() {
        for (String zone : List.of("", SPECIMEN_TD3.substring(0, 80), SPECIMEN_TD3.replace('<', '#'),
                SPECIMEN_TD3.replace("\n", "\n\n").substring(0, 45) + "\n" + "L898902C36")) {
            ValidationResult result = check(zone);
            assertEquals(List.of(ErrorField.FORMAT), fields(result), zone);
            assertNull(result.document());
        }
    }

    @Test
    void aPassportZoneMustStartWithP() {
        ValidationResult result = check("I" + SPECIMEN_TD3.substring(1));

        assertEquals(List.of(ErrorField.FORMAT), fields(result));
    }

    private static List<ErrorField> fields(ValidationResult result) {
        return result.errors().stream().map(e -> e.field()).toList();
    }
}
