package io.jingwu.chatbot.dialog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import org.junit.jupiter.api.Test;

class ChatMessageValidationTest {

    @Test
    void anOrdinaryMessageIsAccepted() {
        assertEquals(List.of(), ChatMessageValidation.check(new ChatMessageRequest(null, "我的身份证丢了", "zh")));
        assertEquals(List.of(), ChatMessageValidation.check(new ChatMessageRequest("whatever", "hello", null)));
    }

    @Test
    void textIsRequired() {
        for (String text : new String[] {null, "", "  \n\t "}) {
            List<FieldError> errors = ChatMessageValidation.check(new ChatMessageRequest(null, text, "en"));
            assertEquals(1, errors.size());
            assertEquals("Please type a message.", errors.get(0).message(Language.EN));
        }
        assertEquals("请输入消息内容。", ChatMessageValidation.check(null).get(0).message(Language.ZH));
    }

    @Test
    void textIsLimitedToAThousandCharactersAsACitizenCountsThem() {
        String thousandFourByteCharacters = "𠮷".repeat(1000);
        assertEquals(2000, thousandFourByteCharacters.length());
        assertEquals(List.of(), ChatMessageValidation.check(new ChatMessageRequest(null, thousandFourByteCharacters, "zh")));

        List<FieldError> errors = ChatMessageValidation.check(new ChatMessageRequest(null, "a".repeat(1001), "zh"));
        assertEquals("消息太长了，请不要超过1000个字。", errors.get(0).message(Language.ZH));
    }

    @Test
    void unknownLanguageIsRefusedAndEveryBrokenRuleIsReported() {
        List<FieldError> errors = ChatMessageValidation.check(new ChatMessageRequest(null, " ", "fr"));
        assertEquals(List.of("text", "lang"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(1).message(Language.EN).contains("zh, en, ru"));
    }
}
