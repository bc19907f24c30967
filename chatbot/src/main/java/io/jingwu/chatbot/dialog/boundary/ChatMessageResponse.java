package io.jingwu.chatbot.dialog.boundary;

import java.util.List;

import io.jingwu.chatbot.dialog.entity.Answer;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The chatbot's answer to one message.
 *
 * @param conversationId to send with the next message of the same conversation
 * @param confidence how sure the chatbot is of the intent, rounded to two decimals
 */
@JsonbPropertyOrder({"conversationId", "intent", "confidence", "replies"})
public record ChatMessageResponse(String conversationId, String intent, double confidence, List<ReplyText> replies) {

    static ChatMessageResponse of(Answer answer) {
        return new ChatMessageResponse(
                answer.conversationId(),
                answer.prediction().intent().name(),
                Math.round(answer.prediction().confidence() * 100) / 100.0,
                answer.replies().stream().map(ReplyText::new).toList());
    }

    /** One chat bubble. */
    public record ReplyText(String text) {
    }
}
