package io.jingwu.chatbot.dialog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.jingwu.chatbot.dialog.boundary.ChatMessageResponse.ReplyText;
import io.jingwu.chatbot.dialog.entity.Answer;
import io.jingwu.chatbot.intents.entity.Intent;
import io.jingwu.chatbot.intents.entity.IntentPrediction;
import org.junit.jupiter.api.Test;

class ChatMessageResponseTest {

    @Test
    void carriesTheIntentNameTheRoundedConfidenceAndOneBubblePerReply() {
        Answer answer = new Answer("0f8fad5b-d9cb-469f-a165-70867728950e",
                new IntentPrediction(Intent.REPORT_DISPUTE, 0.92731), List.of("first", "second"));
        assertEquals(new ChatMessageResponse("0f8fad5b-d9cb-469f-a165-70867728950e", "REPORT_DISPUTE", 0.93,
                List.of(new ReplyText("first"), new ReplyText("second"))), ChatMessageResponse.of(answer));
    }
}
