package io.jingwu.api.platform.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharacterFoldingTest {

    @Test
    void foldsOneCharacterForOne() {
        String text = "ＡＢＣ　馬上轉帳，Safe Account 𠮷";
        String folded = CharacterFolding.fold(text);
        assertEquals("abc 马上转账,safe account 𠮷", folded);
        assertEquals(text.length(), folded.length());
    }
}
