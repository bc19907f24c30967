package io.jingwu.api.requests.entity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrackingNumberTest {

    private final Random random = new Random(20261123);

    @Test
    void carriesAtLeastFiftyRandomBits() {
        double bits = TrackingNumber.RANDOM_SYMBOLS * (Math.log(TrackingNumber.ALPHABET.length()) / Math.log(2));
        assertTrue(bits >= 50, "random bits: " + bits);
    }

    @Test
    void isReadableInGroupsOfFourAndParsesBack() {
        TrackingNumber number = TrackingNumber.random(random);
        assertTrue(number.formatted().matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"),
                number.formatted());
        assertEquals(number, TrackingNumber.parse(number.formatted()).orElseThrow());
        assertEquals(number, TrackingNumber.parse(number.value()).orElseThrow());
    }

    @Test
    void readsWhatPeopleTypeFromThePhone() {
        TrackingNumber number = new TrackingNumber(withCheck("0111ABCDEFG"));
        String typed = " oiL1-abcd-" + number.value().substring(8).toLowerCase() + " ";
        assertEquals(number, TrackingNumber.parse(typed).orElseThrow());
    }

    @Test
    void catchesEverySingleMisreadSymbol() {
        for (int n = 0; n < 200; n++) {
            String value = TrackingNumber.random(random).value();
            for (int position = 0; position < value.length(); position++) {
                for (char replacement : TrackingNumber.ALPHABET.toCharArray()) {
                    if (replacement != value.charAt(position)) {
                        String wrong = value.substring(0, position) + replacement + value.substring(position + 1);
                        assertFalse(TrackingNumber.parse(wrong).isPresent(), wrong + " taken for " + value);
                    }
                }
            }
        }
    }

    @Test
    void catchesMostSwapsOfNeighbours() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 500; n++) {
            String value = TrackingNumber.random(random).value();
            for (int i = 0; i + 1 < value.length(); i++) {
                if (value.charAt(i) != value.charAt(i + 1)) {
                    char[] chars = value.toCharArray();
                    chars[i] = value.charAt(i + 1);
                    chars[i + 1] = value.charAt(i);
                    swaps++;
                    if (TrackingNumber.parse(new String(chars)).isEmpty()) {
                        caught++;
                    }
                }
            }
        }
        assertTrue(caught >= swaps * 0.95, caught + " of " + swaps + " swaps caught");
    }

    @Test
    void refusesWhatIsNotATrackingNumber() {
        assertFalse(TrackingNumber.parse(null).isPresent());
        assertFalse(TrackingNumber.parse("").isPresent());
        assertFalse(TrackingNumber.parse("123").isPresent());
        assertFalse(TrackingNumber.parse("UUUU-UUUU-UUUU").isPresent());
        assertFalse(TrackingNumber.parse("' OR 1=1 --").isPresent());
    }

    @Test
    void doesNotRepeatItself() {
        Set<TrackingNumber> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(TrackingNumber.random(random)));
        }
    }

    private static String withCheck(String symbols) {
        return symbols + TrackingNumber.checkSymbol(symbols);
    }
}
