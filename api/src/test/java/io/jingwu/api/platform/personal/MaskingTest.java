package io.jingwu.api.platform.personal;

import io.jingwu.api.platform.personal.Masking;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MaskingTest {

    @Test
    void aChineseMobileShowsTheNationalNumberWithTheMiddleHidden() {
        assertEquals("138****5678", Masking.phone("+8613812345678"));
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("138****5678", Masking.phone("+86 138 1234 5678"));
    }

    @Test
    void aLandlineKeepsItsAreaCodeAndLastFourDigits() {
        assertEquals("571****1234", Masking.phone("+8657188881234"));
    }

    @Test
    void aForeignNumberKeepsItsCountryCode() {
        assertEquals("+44 791***0123", Masking.phone("+447911230123"));
        assertEquals("+1 202***0199", Masking.phone("+12025550199"));
    }

    @Test
    void veryShortNumbersShowLittleOrNothing() {
        assertEquals("***10", Masking.phone("12310"));
        assertEquals("***", Masking.phone("110"));
    }

    @Test
    void chineseNamesKeepTheirFirstAndLastCharacter() {
        assertEquals("王*明", Masking.name("王小明"));
        assertEquals("王*", Masking.name("王明"));
        assertEquals("欧**娜", Masking.name("欧阳娜娜"));
        assertEquals("*", Masking.name("王"));
        assertEquals("王*明", Masking.name("  王小明 "));
    }

    @Test
    void fourByteCharactersAreNeverSplit() {
        assertEquals("𠮷*子", Masking.name("𠮷田子"));
        assertEquals("𠮷**子", Masking.name("𠮷田花子"));
        assertEquals("王*𠮷", Masking.name("王小𠮷"));
        assertEquals("王*", Masking.name("王𠮷"));
        assertEquals("*", Masking.name("𠮷"));
        assertEquals("𠮷* 花*", Masking.name("𠮷田 花子"));
    }

    @Test
    void latinNamesKeepEachWordsInitial() {
        assertEquals("A*** S****", Masking.name("Anna Smith"));
        assertEquals("Z** Å*******", Masking.name("Zoë Ångström"));
        assertEquals("J S****", Masking.name("J Smith"));
    }

    @Test
    void namesWithAMiddleDotAreMaskedPartByPart() {
        assertEquals("阿*杜·艾**提", Masking.name("阿卜杜·艾买买提"));
        assertEquals("演*·王*傅", Masking.name("演示·王师傅"));
    }

    @Test
    void idAndPassportNumbersKeepTheFirstThreeAndLastFour() {
        assertEquals("330***********1234", Masking.idNumber("330502199001011234"));
        assertEquals("33050219900101123X".length(), Masking.idNumber("33050219900101123X").length());
        assertEquals("330***********123X", Masking.idNumber("33050219900101123X"));
        assertEquals("E12**5678", Masking.idNumber("E12345678"));
        assertEquals("G12***5678", Masking.idNumber(" G123455678 "));
    }

    @Test
    void anAddressKeepsItsDivisionsAndHidesTheStreet() {
        assertEquals("浙江省湖州市吴兴区织里镇****", Masking.address("浙江省湖州市吴兴区织里镇大港路88号"));
        assertEquals("织里镇****", Masking.address("织里镇大港路 88 号"));
        assertEquals("萧山区城厢街道****", Masking.address("萧山区城厢街道市心路 3 号"));
        assertEquals("内蒙古自治区呼和浩特市****", Masking.address("内蒙古自治区呼和浩特市新华大街1号"));
        assertEquals("灵溪镇****", Masking.address("灵溪镇中兴社区"));
        assertEquals("吴兴区****", Masking.address("吴兴区市府路1号"));
    }

    @Test
    void placesThatLookLikeDivisionsAreHidden() {
        assertEquals("吴兴区****", Masking.address("吴兴区阳光小区 3 幢 201"));
        assertEquals("****", Masking.address("联华超市门口"));
    }

    @Test
    void anAddressWithFourByteCharactersKeepsThemWhole() {
        assertEquals("浙江省湖州市****", Masking.address("浙江省湖州市𠮷祥路 8 号"));
        assertEquals("𠮷县****", Masking.address("𠮷县和平路 8 号"));
    }

    @Test
    void anAddressMadeOnlyOfDivisionsShowsThem() {
        assertEquals("浙江省湖州市", Masking.address("浙江省湖州市"));
    }

    @Test
    void anAddressWithoutDivisionsIsHidden() {
        assertEquals("****", Masking.address("大港路88号"));
        assertEquals("****", Masking.address("Room 3, "));
        assertEquals("****, Marylebone, London", Masking.address("221B Baker Street, Marylebone, London"));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(Masking.phone(null));
        assertNull(Masking.name(null));
        assertNull(Masking.idNumber(null));
        assertNull(Masking.address(null));
        assertEquals("", Masking.address("  "));
        assertEquals("", Masking.name(""));
    }
}
