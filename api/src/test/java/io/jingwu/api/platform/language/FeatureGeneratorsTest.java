package io.jingwu.api.platform.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FeatureGeneratorsTest {

    @Test
    void hanRunsGiveCharacterUniBiAndTrigrams() {
        Collection<String> features = new HanNgramFeatures().extractFeatures(new String[] {"丢了吗"}, Map.of());
        assertEquals(List.of("zh1=丢", "zh1=了", "zh1=吗", "zh2=丢了", "zh2=了吗", "zh3=丢了吗"), List.copyOf(features));
    }

    @Test
    void hanGeneratorIgnoresLatinTokens() {
        assertTrue(new HanNgramFeatures().extractFeatures(new String[] {"lost", "id"}, Map.of()).isEmpty());
    }

    @Test
    void repeatedCharactersCountOnce() {
        Collection<String> features = new HanNgramFeatures().extractFeatures(new String[] {"的的的的"}, Map.of());
        assertEquals(List.of("zh1=的", "zh2=的的", "zh3=的的的"), List.copyOf(features));
    }

    @Test
    void latinWordsAreStemmedAndPaired() {
        Collection<String> features = new LatinWordFeatures()
                .extractFeatures(new String[] {"my", "wages", "unpaid"}, Map.of());
        assertEquals(List.of("en1=wage", "en2=my_wage", "en1=unpaid", "en2=wage_unpaid"), List.copyOf(features));
    }

    @Test
    void bigramsDoNotSpanChinese() {
        Collection<String> features = new LatinWordFeatures()
                .extractFeatures(new String[] {"id", "丢了", "card"}, Map.of());
        assertEquals(List.of("en1=id", "en1=card"), List.copyOf(features));
    }

    @Test
    void codesAndLongNumbersBecomeShapes() {
        assertEquals("<code>", LatinWordFeatures.shapeOf("jw7k3q9p2x"));
        assertEquals("<number>", LatinWordFeatures.shapeOf("13800138000"));
        assertEquals("96110", LatinWordFeatures.shapeOf("96110"));
        assertEquals("4s", LatinWordFeatures.shapeOf("4s"));
    }
}
