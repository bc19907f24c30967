package io.jingwu.api.identity.registry.boundary;

import io.jingwu.api.documents.entity.DocumentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemoRegistryPeopleTest {

    @Test
    void aDemoPersonsPhonesAreTheirLinesInE164() {
        String line = "RESIDENT_ID,,330502199003071232,王晓明,1990-03-07,13800138001; +86 138 0013 8011";
        assertEquals(DocumentType.RESIDENT_ID, DemoRegistryPeople.person(line).documentType());
        assertEquals(List.of("+8613800138001", "+8613800138011"), DemoRegistryPeople.phones(line));
    }

    @Test
    void aPersonWithoutPhonesHasNoLine() {
        assertEquals(List.of(), DemoRegistryPeople.phones("PASSPORT,KAZ,N12345678,NURLANOV ARMAN,1996-12-05,"));
        assertEquals(List.of(), DemoRegistryPeople.phones("PASSPORT,KAZ,N12345678,NURLANOV ARMAN,1996-12-05"));
    }

    @Test
    void aBrokenPhoneStopsTheStartWithTheFileNamed() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DemoRegistryPeople.phones("RESIDENT_ID,,330502199003071232,王晓明,1990-03-07,123"));
        assertEquals(DemoRegistryPeople.PEOPLE + ": not a phone number: 123", refused.getMessage());
    }
}
