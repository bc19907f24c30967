package io.jingwu.api.identity.credentials.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialCodesTest {

    @Test
    void newCodesAreTwelveCharactersOfTheReadableAlphabetAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = CredentialCodes.next();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{12}"), code);
            assertTrue(seen.add(code), "repeated " + code);
        }
    }

    @Test
    void isShownInGroupsOfFour() {
        assertEquals("K7QD-9M2X-PA4T", CredentialCodes.readable("K7QD9M2XPA4T"));
    }

    @Test
    void acceptsTheCodeAsPeopleTypeOrReadIt() {
        assertEquals(Optional.of("K7QD9M2XPA4T"), CredentialCodes.canonical(" k7qd-9m2x pa4t "));
        assertEquals(Optional.of("K7Q09M21PA1T"), CredentialCodes.canonical("K7QO-9M2I-PALT"), "O, I and L read as 0, 1, 1");
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertTrue(CredentialCodes.canonical(null).isEmpty());
        assertTrue(CredentialCodes.canonical("K7QD-9M2X-PA4").isEmpty(), "too short");
        assertTrue(CredentialCodes.canonical("K7QD-9M2X-PA4TT").isEmpty(), "too long");
        assertTrue(CredentialCodes.canonical("K7QD-9M2X-PA4U").isEmpty(), "U is not in the alphabet");
        assertTrue(CredentialCodes.canonical("K7QD/9M2X/PA4T").isEmpty());
    }
}
