package io.jingwu.chatbot.dialog.boundary;

/**
 * A citizen's chat message as posted by the web chat.
 *
 * @param conversationId null for the first message; then the id from the previous answer
 * @param lang "zh" or "en"; when absent the Accept-Language header decides
 */
public record ChatMessageRequest(String conversationId, String text, String lang) {
}
