package io.jingwu.api.identity.registry.entity;

import io.jingwu.api.documents.entity.DocumentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RegistryQueryTest {

    private static final LocalDate BORN = LocalDate.of(1994, 2, 11);

    @Test
    void namesCompareAsPrintedWhateverTheirCaseSpacingAndPunctuation() {
        assertEquals(passport("KARIMOVA DILNOZA").personKey(), passport("Karimova, Dilnoza").personKey());
        assertEquals(passport("O'NEIL ANNA-MARIA").personKey(), passport("ONEIL ANNA MARIA").personKey());
        assertEquals(resident("王 晓明").personKey(), resident("王晓明").personKey());
        assertEquals(resident("阿卜杜·艾买提").personKey(), resident("阿卜杜艾买提").personKey());
    }

    @Test
    void anotherNameOrBirthDateIsAnotherPerson() {
        assertNotEquals(passport("KARIMOVA DILNOZA").personKey(), passport("KARIMOVA DILNOZ").personKey());
        assertNotEquals(passport("KARIMOVA DILNOZA").personKey(),
                new RegistryQuery(DocumentType.PASSPORT, "UZB", "FA1234567", "KARIMOVA DILNOZA", BORN.plusDays(1)).personKey());
    }

    @Test
    void aPassportIsOneDocumentWhetherItsZoneOrItsFieldsWereGiven() {
        RegistryQuery typed = passport("KARIMOVA DILNOZA");
        RegistryQuery zone = new RegistryQuery(DocumentType.TD3, "UZB", "fa1234567", "KARIMOVA DILNOZA", BORN);
        assertEquals(typed.documentKey(), zone.documentKey());
        assertNotEquals(typed.documentKey(), new RegistryQuery(DocumentType.PASSPORT, "KAZ", "FA1234567", "X", BORN).documentKey(),
                "the same number from another state is another passport");
    }

    @Test
    void aCarrierKnowsTheHolderByDocumentAndNameWithoutTheBirthDate() {
        assertEquals(passport("KARIMOVA DILNOZA").holderKey(),
                new RegistryQuery(DocumentType.TD3, "UZB", "FA1234567", "Karimova, Dilnoza", BORN.plusDays(3)).holderKey());
        assertNotEquals(passport("KARIMOVA DILNOZA").holderKey(), passport("KARIMOVA DILNOZ").holderKey());
        assertNotEquals(resident("王晓明").holderKey(), new RegistryQuery(DocumentType.RESIDENT_ID, null,
                "330109198506122044", "王晓明", LocalDate.of(1990, 3, 7)).holderKey(), "another document, another holder");
    }

    @Test
    void neverPrintsTheNumberOrTheName() {
        String printed = passport("KARIMOVA DILNOZA").toString();
        assertFalse(printed.contains("FA1234567"), printed);
        assertFalse(printed.contains("KARIMOVA"), printed);
    }

    private static RegistryQuery passport(String name) {
        return new RegistryQuery(DocumentType.PASSPORT, "UZB", "FA1234567", name, BORN);
    }

    private static RegistryQuery resident(String name) {
        return new RegistryQuery(DocumentType.RESIDENT_ID, null, "330502199003071232", name, LocalDate.of(1990, 3, 7));
    }
}
