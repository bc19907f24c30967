package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/v1/chat/messages}: the intent of what a citizen writes, and a conversation kept across turns. */
abstract class ChatApiChecks extends DeployedApplication {

    private JsonObject say(String conversationId, String text, String lang) {
        String id = conversationId == null ? "null" : "\"" + conversationId + "\"";
        Http.Reply reply = new Http(base()).post("api/v1/chat/messages",
                "{\"conversationId\": " + id + ", \"text\": \"" + text + "\", \"lang\": \"" + lang + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void recognisesADisputeAndKeepsTheConversation() {
        JsonObject first = say(null, "老板拖欠我三个月工资不给，怎么办", "zh");
        assertEquals("REPORT_DISPUTE", first.getString("intent"));
        assertTrue(first.getJsonNumber("confidence").doubleValue() > 0.5, first.toString());
        assertFalse(first.getJsonArray("replies").isEmpty());
        String conversationId = first.getString("conversationId");

        JsonObject second = say(conversationId, "我的身份证丢了，要怎么补办", "zh");
        assertEquals(conversationId, second.getString("conversationId"));
        assertEquals("REISSUE_DOCUMENT", second.getString("intent"));
    }

    @Test
    void understandsEnglish() {
        assertEquals("CHECK_FRAUD", say(null, "Someone called saying he is police and asked me to move money to a safe account", "en")
                .getString("intent"));
        assertEquals("HUMAN_HANDOFF", say(null, "I want to talk to a real person", "en").getString("intent"));
    }

    @Test
    void answersWithTheStatusOfARequestItIsAskedAbout() {
        String trackingNumber = new Http(base()).post("api/v1/requests",
                RequestsApiChecks.dispute("330502100", "孙丽", "13800138003", "工地包工头拖欠我一个月工资。"))
                .json().getString("trackingNumber");

        JsonObject reply = say(null, "帮我查一下 " + trackingNumber + " 的办理进度", "zh");

        assertEquals("TRACK_REQUEST", reply.getString("intent"));
        String text = reply.getJsonArray("replies").getJsonObject(0).getString("text");
        assertTrue(text.contains(trackingNumber) && text.contains("已提交") && text.contains("织里民生服务队"), text);
        assertFalse(text.contains("孙丽") || text.contains("13800138003"), text);
    }

    @Test
    void doesNotGuessWhatItCannotHandle() {
        JsonObject reply = say(null, "明天杭州天气怎么样", "zh");
        assertEquals("OUT_OF_SCOPE", reply.getString("intent"));
        assertFalse(reply.getJsonArray("replies").isEmpty());
    }

    /** The model reads Chinese and English; the conversation's language decides the replies' language. */
    @Test
    void repliesInRussianToAConversationInRussian() {
        Http.Reply reply = new Http(base()).post("api/v1/chat/messages",
                "{\"conversationId\": null, \"text\": \"I want to talk to a real person\", \"lang\": \"ru\"}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("HUMAN_HANDOFF", reply.json().getString("intent"));
        String text = reply.json().getJsonArray("replies").getJsonObject(0).getString("text");
        assertTrue(text.contains("дежурному сотруднику"), text);

        JsonObject unknown = say(null, "Здравствуйте, у меня украли кошелёк", "ru");
        assertEquals("OUT_OF_SCOPE", unknown.getString("intent"));
        assertTrue(unknown.getJsonArray("replies").getJsonObject(0).getString("text").startsWith("К сожалению"), unknown.toString());
    }

    @Test
    void anEmptyMessageIsRefusedInTheCallersLanguage() {
        Http.Reply reply = new Http(base()).post("api/v1/chat/messages",
                "{\"conversationId\": null, \"text\": \"  \", \"lang\": \"en\"}", "Accept-Language", "en");
        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals("text", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
