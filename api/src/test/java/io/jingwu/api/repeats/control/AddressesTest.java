package io.jingwu.api.repeats.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AddressesTest {

    private static final List<String> ZHILI = List.of("织里镇", "吴兴区", "湖州市", "浙江省");

    private static String key(String address) {
        return Addresses.placeKey(address, ZHILI);
    }

    @Test
    void spacesPunctuationAndFullWidthFormsDoNotMatter() {
        String key = key("织里镇大河路18号");
        assertEquals(key, key("织里镇 大河路 18 号"));
        assertEquals(key, key("织里镇大河路１８号"));
        assertEquals(key, key("织里镇　大河路，18号。"));
        assertEquals(key("A座3-201室"), key("a座 3—201室"));
    }

    @Test
    void theDivisionsOwnNamesInFrontDoNotMatter() {
        assertEquals(key("大河路18号"), key("浙江省湖州市吴兴区织里镇大河路18号"));
        assertEquals(key("大河路18号"), key("湖州市 织里镇 大河路18号"));
    }

    @Test
    void leadingZerosOfHouseNumbersDoNotMatter() {
        assertEquals(key("大河路18号"), key("大河路018号"));
        assertNotEquals(key("大河路18号"), key("大河路108号"));
    }

    @Test
    void anotherNumberOrStreetIsAnotherPlace() {
        assertNotEquals(key("织里镇大河路18号"), key("织里镇大河路19号"));
        assertNotEquals(key("织里镇大河路18号"), key("织里镇大港路18号"));
        assertNotEquals(key("织里镇大河路18号"), key("织里镇大河路十八号"), "Chinese numerals are kept as written");
    }

    @Test
    void anAddressOfOnlyTheDivisionKeepsItAndPunctuationAloneIsEmpty() {
        assertEquals("织里镇", key("织里镇"));
        assertEquals("", key(" ，。- "));
    }
}
