package io.jingwu.chatbot.dialog.entity;

import io.jingwu.api.platform.i18n.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import io.jingwu.chatbot.intents.entity.Intent;
import org.junit.jupiter.api.Test;

class ConversationTest {

    static final Instant START = Instant.parse("2026-11-20T08:15:30.123456Z");

    @Test
    void startsWithAnUnguessableCanonicalIdAndNoTurns() {
        Conversation first = Conversation.start(Channel.WEBCHAT, Language.ZH, START);
        Conversation second = Conversation.start(Channel.WEBCHAT, Language.ZH, START);
        assertEquals(Optional.of(first.id()), Conversation.canonicalId(first.id()));
        assertNotEquals(first.id(), second.id());
        assertEquals(0, first.turns());
        assertNull(first.lastIntent());
        assertEquals("webchat", first.channelCode());
        assertEquals("zh", first.languageCode());
        assertFalse(first.isHandedOff());
    }

    @Test
    void timesAreUtcWithMillisecondPrecision() {
        Conversation conversation = Conversation.start(Channel.WECHAT, Language.EN, START);
        assertEquals(LocalDateTime.parse("2026-11-20T08:15:30.123"), conversation.createdAt());
        assertEquals(conversation.createdAt(), conversation.updatedAt());
    }

    @Test
    void eachTurnIsCountedAndTheLanguageFollowsTheCitizen() {
        Conversation conversation = Conversation.start(Channel.WEBCHAT, Language.ZH, START);
        conversation.recordTurn(Intent.GREETING, Language.ZH, START.plusSeconds(1));
        conversation.recordTurn(Intent.CHECK_FRAUD, Language.EN, START.plusSeconds(20));
        assertEquals(2, conversation.turns());
        assertEquals(Intent.CHECK_FRAUD, conversation.lastIntent());
        assertEquals("en", conversation.languageCode());
        assertEquals(LocalDateTime.parse("2026-11-20T08:15:50.123"), conversation.updatedAt());
        assertEquals(LocalDateTime.parse("2026-11-20T08:15:30.123"), conversation.createdAt());
    }

    @Test
    void askingForAPersonHandsTheConversationOverOnce() {
        Conversation conversation = Conversation.start(Channel.WEBCHAT, Language.ZH, START);
        conversation.recordTurn(Intent.HUMAN_HANDOFF, Language.ZH, START.plusSeconds(5));
        conversation.recordTurn(Intent.HUMAN_HANDOFF, Language.ZH, START.plusSeconds(60));
        conversation.recordTurn(Intent.REPORT_DISPUTE, Language.ZH, START.plusSeconds(90));
        assertTrue(conversation.isHandedOff());
        assertEquals(3, conversation.turns());
    }

    @Test
    void onlyCanonicalUuidsNameAConversation() {
        assertEquals(Optional.of("0f8fad5b-d9cb-469f-a165-70867728950e"),
                Conversation.canonicalId("0F8FAD5B-D9CB-469F-A165-70867728950E"));
        assertEquals(Optional.empty(), Conversation.canonicalId(null));
        assertEquals(Optional.empty(), Conversation.canonicalId(""));
        assertEquals(Optional.empty(), Conversation.canonicalId("1-1-1-1-1"));
        assertEquals(Optional.empty(), Conversation.canonicalId("not-a-conversation-id-at-all-really!"));
        assertEquals(Optional.empty(), Conversation.canonicalId("0f8fad5b-d9cb-469f-a165-70867728950e0"));
        assertEquals(Optional.empty(), Conversation.canonicalId("0f8fad5bd9cb469fa16570867728950e"));
    }
}
