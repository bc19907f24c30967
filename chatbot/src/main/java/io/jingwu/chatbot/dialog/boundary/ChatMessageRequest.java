package io.jingwu.chatbot.dialog.boundary;

/**
 * A citizen's chat message as posted by the web chat.
 *
 * @param conversationId null for the first message; then the id from the previous answer
 * @param lang "zh", "en" or "ru": the language of the replies; when absent the Accept-Language header decides.
 *             It does not change how the text is read: one model, learnt from Chinese and English, reads every text
 */
public record ChatMessageRequest(String conversationId, String text, String lang) {
}
