package io.jingwu.api.platform.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextSegmenterTest {

    @Test
    void splitsHanRunsFromLatinWords() {
        assertEquals(List.of("我的", "id", "card", "丢了"), TextSegmenter.segment("我的ID card丢了"));
    }

    @Test
    void punctuationEndsARunButASpaceInsideChineseDoesNot() {
        assertEquals(List.of("身份证丢了", "怎么办"), TextSegmenter.segment("身份证 丢了，怎么办？"));
    }

    @Test
    void foldsFullWidthAndCase() {
        assertEquals(List.of("jw7k3q", "110"), TextSegmenter.segment("ＪＷ７Ｋ３Ｑ　１１０"));
        assertEquals(List.of("hello", "there"), TextSegmenter.segment("HeLLo THERE!"));
    }

    @Test
    void keepsContractionsWhole() {
        assertEquals(List.of("dont", "whats"), TextSegmenter.segment("don't what’s"));
    }

    @Test
    void foldsTraditionalCharactersOntoSimplified() {
        assertEquals(List.of("这是诈骗吗"), TextSegmenter.segment("這是詐騙嗎"));
        assertEquals(List.of("补办身份证"), TextSegmenter.segment("補辦身份證"));
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertEquals(List.of("我叫𠮷野"), TextSegmenter.segment("我叫𠮷野"));
    }

    @Test
    void nothingToSegmentInPunctuationOrEmoji() {
        assertTrue(TextSegmenter.segment("？？？!!! 😀 ...").isEmpty());
        assertTrue(TextSegmenter.segment("   ").isEmpty());
        assertTrue(TextSegmenter.segment(null).isEmpty());
    }

    @Test
    void traditionalTableHasNoIdentityPairs() {
        assertTrue(TraditionalChinese.size() > 250);
        assertEquals('证', TraditionalChinese.simplify('證'));
        assertEquals('证', TraditionalChinese.simplify('证'));
    }
}
