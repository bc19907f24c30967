package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.DocumentKind;
import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ValidationResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForeignerIdsAndPermitsTest {

    private final DocumentValidation validation = new DocumentValidation(VectorFiles.CLOCK);

    private ValidationResult foreigner(String number) {
        return validation.validate(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE_ID, number, Map.of());
    }

    private ValidationResult permit(String number) {
        return validation.validate(DocumentKind.HMT_PERMIT, number, Map.of());
    }

    @Test
    void the2017CardIsReadWithItsIcaoStyleCheckDigit() {
        ValidationResult result = foreigner("kaz110090123105");

        assertTrue(result.valid(), result.errors().toString());
        assertEquals(DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID_2017, result.document().type());
        assertEquals("KAZ", result.document().nationality());
        assertEquals(LocalDate.of(1990, 12, 31), result.document().birthDate());
        assertEquals("F", result.document().sex());
        assertEquals("北京市", result.document().division());
    }

    @Test
    void the2023CardNamesItsNationalityByNumber() {
        ValidationResult result = foreigner("911398199012310021");

        assertTrue(result.valid());
        assertEquals(DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID_2023, result.document().type());
        assertEquals("KAZ", result.document().nationality());
        assertEquals("SAU", foreigner("932682198501010017").document().nationality());
    }

    @Test
    void otherShapesAreFormatErrors() {
        for (String number : List.of("", "KAZ11009012310", "11010519491231002X", "K1Z110090123105")) {
            assertEquals(List.of(ErrorField.FORMAT), foreigner(number).errors().stream().map(e -> e.field()).toList(), number);
        }
    }

    @Test
    void travelPermitsOfHongKongAndMacaoResidentsAreHOrMAndDigits() {
        assertEquals(DocumentType.HK_MACAO_TRAVEL_PERMIT, permit("H12345678").document().type());
        assertTrue(permit("m1234567890").valid());
        assertEquals("M12****7890", permit("m1234567890").document().numberMasked());
    }

    @Test
    void travelPermitsOfTaiwanResidentsAreEightDigitsOrTheOlderTen() {
        assertEquals(DocumentType.TAIWAN_TRAVEL_PERMIT, permit("12345678").document().type());
        assertTrue(permit("1234567890").valid());
        assertTrue(permit("1234567890(B)").valid());
        assertTrue(permit("1234567890（b）").valid());
    }

    @Test
    void anythingElseIsNoTravelPermit() {
        for (String number : List.of("", "H1234567", "X12345678", "123456789", "1234567890(BB)")) {
            assertEquals(List.of(ErrorField.FORMAT), permit(number).errors().stream().map(e -> e.field()).toList(), number);
        }
    }
}
