package io.jingwu.chatbot.dialog.entity;

import java.util.List;

import io.jingwu.chatbot.intents.entity.IntentPrediction;

/** What the chatbot answers to one message, in the conversation it belongs to. */
public record Answer(String conversationId, IntentPrediction prediction, List<String> replies) {

    public Answer {
        replies = List.copyOf(replies);
    }
}
