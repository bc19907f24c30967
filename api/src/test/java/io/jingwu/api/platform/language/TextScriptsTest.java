package io.jingwu.api.platform.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextScriptsTest {

    @ParameterizedTest
    @ValueSource(strings = {"你好，我是民警", "Hello, this is the police", "我的ID card丢了", "身份證", "12345 !!!", "",
        "Привет, call me at 13800138000 about the safe account today"})
    void hanAndLatinAreRead(String text) {
        assertTrue(TextScripts.readable(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Здравствуйте, это полиция", "مرحبا، هذه الشرطة", "สวัสดีครับ ตำรวจ", "안녕하세요 경찰입니다",
        "こんにちは、けいさつです", "Это полиция, ваш safe account"})
    void otherScriptsAreNot(String text) {
        assertFalse(TextScripts.readable(text), text);
    }
}
