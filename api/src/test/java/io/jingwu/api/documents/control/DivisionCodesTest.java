package io.jingwu.api.documents.control;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivisionCodesTest {

    private final DivisionCodes codes = DivisionCodes.standard();

    @Test
    void codesInUseAndCodesAbolishedSince1981Exist() {
        assertTrue(codes.exists("330502"));
        assertTrue(codes.exists("330104"), "江干区, abolished 2021");
        assertTrue(codes.exists("371200"), "莱芜市, abolished 2018");
        assertTrue(codes.exists("440524"), "潮阳县, long abolished");
        assertFalse(codes.exists("111111"));
        assertFalse(codes.exists("830000"));
    }

    @Test
    void namesSpellOutWhereACodeLies() {
        assertEquals(Optional.of("浙江省 湖州市 吴兴区"), codes.name("330502"));
        assertEquals(Optional.of("北京市 朝阳区"), codes.name("110105"));
        assertEquals(Optional.of("山东省 莱芜市"), codes.name("371200"));
    }

    @Test
    void theNameInUseWinsOverEarlierNamesOfTheSameCode() throws Exception {
        DivisionCodes renamed = DivisionCodes.read(new StringReader("code,name,parent_code,level\n"),
                new StringReader("代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\n"
                        + "990101,某省,某市,新名区,县级,在用,1990,,\n"
                        + "990101,某省,某市,旧名区,县级,变更,1981,1990,\n"
                        + "990102,某省,某市,甲县,县级,变更,1981,1985,\n"
                        + "990102,某省,某市,乙县,县级,弃用,1985,2000,\n"));

        assertEquals(Optional.of("某省 某市 新名区"), renamed.name("990101"));
        assertEquals(Optional.of("某省 某市 乙县"), renamed.name("990102"));
    }

    @Test
    void aMissingCityDistrictCodeFallsBackToItsPrefectureButACountyDoesNot() {
        assertEquals(Optional.of("广东省 珠海市"), codes.registrationPlace("440401"));
        assertEquals(Optional.of("山西省 太原市"), codes.registrationPlace("140120"));
        assertEquals(Optional.empty(), codes.registrationPlace("440479"));
        assertEquals(Optional.empty(), codes.registrationPlace("111111"));
    }
}
