package io.jingwu.api.staff.control;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static List<String> broken(String password, String username) {
        return PasswordPolicy.check("password", password, username).stream().map(FieldError::messageKey).toList();
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertEquals(List.of(), broken("湖州织里 night shift 2026", "wang.li"));
        assertEquals(List.of(), broken("correct horse battery", "wang.li"));
    }

    @Test
    void tooShortOrTooLongIsRefused() {
        assertEquals(List.of("staff.password.length"), broken("Abc123!xyz9", "wang.li"));
        assertEquals(List.of(), broken("Abc123!xyz9Q", "wang.li"));
        assertEquals(List.of("staff.password.length"), broken("abcdefgh".repeat(16) + "x", "wang.li"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertEquals(List.of(), broken("𠮷野家的牛肉饭真的好吃呀", "wang.li"), "12 characters");
        assertEquals(List.of("staff.password.length"), broken("𠮷野家的牛肉饭真好吃呀", "wang.li"), "11 characters in 12 UTF-16 units");
    }

    @Test
    void oneCharacterRepeatedIsRefused() {
        assertEquals(List.of("staff.password.repetitive"), broken("aaaaaaaaaaaaaaaa", "wang.li"));
        assertEquals(List.of("staff.password.repetitive"), broken("abababababababab", "wang.li"));
    }

    @Test
    void thePasswordMustNotContainTheUserName() {
        assertEquals(List.of("staff.password.containsUsername"), broken("My-WANG.LI-password", "wang.li"));
    }

    @Test
    void missingIsOneError() {
        assertEquals(List.of("staff.password.required"), broken(null, "wang.li"));
        assertEquals(List.of("staff.password.required"), broken("", "wang.li"));
    }

    @Test
    void errorsAreWordedInBothLanguages() {
        FieldError error = PasswordPolicy.check("password", "short", "wang.li").get(0);
        assertEquals("A password has 12 to 128 characters.", error.message(Language.EN));
        assertEquals("密码长度为 12 至 128 个字符。", error.message(Language.ZH));
    }

    @Test
    void generatedPasswordsPassAndDiffer() {
        String first = PasswordPolicy.generate("admin");
        String second = PasswordPolicy.generate("admin");

        assertEquals(List.of(), broken(first, "admin"));
        assertEquals(20, first.length());
        assertTrue(first.chars().allMatch(Character::isLetterOrDigit), first);
        assertNotEquals(first, second);
    }
}
