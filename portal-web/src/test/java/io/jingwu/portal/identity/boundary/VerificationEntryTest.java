package io.jingwu.portal.identity.boundary;

import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import io.jingwu.api.identity.verification.control.VerificationInput;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VerificationEntryTest {

    private static VerificationEntry filledIn(DocumentChoice document) {
        VerificationEntry entry = new VerificationEntry();
        entry.setDocument(document);
        entry.setNumber("AB1234567");
        entry.setNationality("UZB");
        entry.setSurname(" KARIMOVA ");
        entry.setGivenNames("DILNOZA");
        entry.setDocumentBirthDate("1994-02-11");
        entry.setExpiryDate("2031-05-01");
        entry.setZoneLines("P<UZBKARIMOVA<<DILNOZA\nAB12345670UZB9402115F3105014<<<<<<<<<<<<<<00");
        entry.setName("王晓明");
        entry.setBirthDate("1990-03-07");
        entry.setPhone("13800138000");
        entry.setDivision(new DivisionChoice("330502", "浙江省 湖州市 吴兴区"));
        return entry;
    }

    @Test
    void aTypedPassportSendsItsFieldsAndNeitherANumberNorANameBesideThem() {
        VerificationInput input = filledIn(DocumentChoice.PASSPORT).input("en");

        assertEquals("PASSPORT", input.kind());
        assertNull(input.value());
        assertEquals(Map.of("number", "AB1234567", "nationality", "UZB", "surname", "KARIMOVA", "givenNames", "DILNOZA",
                "birthDate", "1994-02-11", "expiryDate", "2031-05-01"), input.fields());
        assertNull(input.name(), "a name typed for another document is not sent");
        assertNull(input.birthDate());
        assertEquals("13800138000", input.phone());
        assertEquals("330502", input.divisionCode());
        assertEquals("en", input.lang());
    }

    @Test
    void emptyPassportFieldsAreLeftOutForTheApiToName() {
        VerificationEntry entry = new VerificationEntry();
        entry.setDocument(DocumentChoice.PASSPORT);
        entry.setNumber("AB1234567");
        entry.setSurname("  ");

        assertEquals(Map.of("number", "AB1234567"), entry.input("zh").fields());
    }

    @Test
    void aPassportByItsZoneSendsTheZoneAlone() {
        VerificationEntry entry = filledIn(DocumentChoice.PASSPORT);
        entry.setZone(true);

        VerificationInput input = entry.input("zh");

        assertEquals("MRZ", input.kind());
        assertEquals(entry.getZoneLines(), input.value());
        assertNull(input.fields());
        assertNull(input.name());
    }

    @Test
    void aResidentCardSendsTheNameButNotABirthDateItsNumberCarries() {
        VerificationInput input = filledIn(DocumentChoice.RESIDENT_ID).input("zh");

        assertEquals("RESIDENT_ID", input.kind());
        assertEquals("AB1234567", input.value());
        assertEquals("王晓明", input.name());
        assertNull(input.birthDate());
        assertNull(input.fields());
    }

    @Test
    void aTravelPermitSendsNameAndBirthDate() {
        VerificationInput input = filledIn(DocumentChoice.HMT_PERMIT).input("zh");

        assertEquals("HMT_PERMIT", input.kind());
        assertEquals("王晓明", input.name());
        assertEquals("1990-03-07", input.birthDate());
    }

    @Test
    void aForeignersCardSendsTheName() {
        VerificationInput input = filledIn(DocumentChoice.FOREIGNER_PERMANENT_RESIDENCE_ID).input("en");

        assertEquals("FOREIGNER_PERMANENT_RESIDENCE_ID", input.kind());
        assertEquals("王晓明", input.name());
        assertNull(input.birthDate());
    }

    @Test
    void noPlaceChosenIsNoDivisionCode() {
        VerificationEntry entry = filledIn(DocumentChoice.RESIDENT_ID);
        entry.setDivision(null);

        assertNull(entry.input("zh").divisionCode());
    }
}
