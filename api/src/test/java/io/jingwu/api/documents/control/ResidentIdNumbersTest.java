package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.DocumentKind;
import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumbersTest {

    private final DocumentValidation validation = new DocumentValidation(VectorFiles.CLOCK);
    private final LocalDate today = DocumentDates.today(VectorFiles.CLOCK);

    private ValidationResult check(String number) {
        return validation.validate(DocumentKind.RESIDENT_ID, number, Map.of());
    }

    private static String withCheck(String first17) {
        return first17 + CheckDigits.mod11x2(first17);
    }

    @Test
    void aFirstGenerationNumberIsCheckedAndConvertedToEighteenCharacters() {
        ValidationResult result = check("150102880730303");

        assertTrue(result.valid(), result.errors().toString());
        ParsedDocument document = result.document();
        assertEquals("150102198807303035", document.number());
        assertEquals(LocalDate.of(1988, 7, 30), document.birthDate());
        assertEquals("M", document.sex());
        assertEquals("内蒙古自治区 呼和浩特市 新城区", document.division());
        assertEquals("33010219200403064X", check("330102200403064").document().number());
        assertEquals("F", check("330102200403064").document().sex());
    }

    @Test
    void aFirstGenerationNumberWithoutARealBirthDateIsRefused() {
        assertEquals(List.of(ErrorField.BIRTH_DATE), fields(check("110101780231002")));
    }

    @Test
    void aLowerCaseXIsReadAsUpperCaseAndTheNumberShownMasked() {
        ValidationResult result = check(" 11010519491231002x ");

        assertTrue(result.valid());
        assertEquals("11010519491231002X", result.document().number());
        assertEquals("110***********002X", result.document().numberMasked());
        assertEquals("北京市 朝阳区", result.document().division());
        assertFalse(result.document().toString().contains("11010519491231002X"), "never the full number in a log line");
    }

    @Test
    void digitsGroupedWithSpacesAreStillRead() {
        assertTrue(check("110105 19491231 002X").valid());
    }

    @Test
    void aBirthDateInTheFutureIsRefusedTodayIsNot() {
        String born = today.format(DateTimeFormatter.BASIC_ISO_DATE);
        String tomorrow = today.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);

        assertTrue(check(withCheck("110105" + born + "002")).valid());
        ValidationResult future = check(withCheck("110105" + tomorrow + "002"));
        assertEquals(List.of(ErrorField.BIRTH_DATE), fields(future));
        assertEquals("identity.birth-date.future", future.errors().get(0).messageKey());
    }

    @Test
    void aCodeOfAnAbolishedCountyStillCounts() {
        ValidationResult result = check(withCheck("330103" + "19800101" + "001"));

        assertTrue(result.valid(), result.errors().toString());
        assertEquals("浙江省 杭州市 下城区", result.document().division());
    }

    @Test
    void aCityDistrictCodeMissingFromTheListsCountsForItsPrefecture() {
        ValidationResult result = check("44040119580101000X");

        assertTrue(result.valid());
        assertEquals("广东省 珠海市", result.document().division());
        // a county code (21-80) must be in the lists itself
        assertEquals(List.of(ErrorField.DIVISION), fields(check(withCheck("440479" + "19580101" + "001"))));
    }

    @Test
    void aDivisionThatNeverExistedIsRefusedEvenWithTheRightCheckCharacter() {
        ValidationResult result = check(withCheck("111111" + "19990110" + "151"));

        assertEquals(List.of(ErrorField.DIVISION), fields(result));
        assertNull(result.document().division());
    }

    @Test
    void residencePermitsOfHongKongMacaoAndTaiwanResidentsValidateAsResidentIds() {
        ValidationResult hongKong = check("81000019980902013X");
        ValidationResult taiwan = check("830000200209060065");

        assertTrue(hongKong.valid());
        assertEquals(DocumentType.HMT_RESIDENCE_PERMIT, hongKong.document().type());
        assertEquals("香港特别行政区", hongKong.document().division());
        assertTrue(taiwan.valid());
        assertEquals("台湾省", taiwan.document().division());
        assertEquals(DocumentType.RESIDENT_ID, check("11010519491231002X").document().type());
    }

    @Test
    void aWrongCheckCharacterIsNamedAndNothingElse() {
        ValidationResult result = check("110101197810270021");

        assertFalse(result.valid());
        assertEquals(List.of(ErrorField.CHECK_DIGIT), fields(result));
        assertFalse(result.expired());
    }

    @Test
    void anythingElseIsAFormatErrorWithoutADocument() {
        for (String text : List.of("", "1101051949123100", "11010519491231002Y", "110105194912310021X")) {
            ValidationResult result = check(text);
            assertEquals(List.of(ErrorField.FORMAT), fields(result), text);
            assertNull(result.document());
        }
    }

    private static List<ErrorField> fields(ValidationResult result) {
        return result.errors().stream().map(e -> e.field()).toList();
    }
}
