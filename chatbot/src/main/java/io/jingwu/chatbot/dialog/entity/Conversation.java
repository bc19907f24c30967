package io.jingwu.chatbot.dialog.entity;

import io.jingwu.api.platform.i18n.Language;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import io.jingwu.chatbot.intents.entity.Intent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A chat between a citizen and the service. It records what the conversation is about and
 * how far it went, never what the citizen wrote: messages may hold personal data, and the
 * conversation state needs none of it.
 * <p>
 * Times are stored as UTC in {@code DATETIME(3)} columns, which carry no time zone.
 */
@Entity
@Table(name = "conversations")
public class Conversation {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 16)
    private String channel;

    @Column(nullable = false, length = 8)
    private String lang;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_intent", length = 32)
    private Intent lastIntent;

    @Column(nullable = false)
    private int turns;

    @Column(name = "handed_off_at")
    private LocalDateTime handedOffAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Conversation() {
        // for JPA
    }

    /** A new conversation with an unguessable id: the id alone lets a client continue it. */
    public static Conversation start(Channel channel, Language language, Instant now) {
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID().toString();
        conversation.channel = channel.code();
        conversation.lang = language.tag();
        conversation.turns = 0;
        conversation.createdAt = utc(now);
        conversation.updatedAt = conversation.createdAt;
        return conversation;
    }

    /**
     * The id a client-supplied value names, in the stored form, if it can name a conversation
     * at all. Anything else (a typo, an old format, a made-up value) simply starts a new one.
     */
    public static Optional<String> canonicalId(String candidate) {
        if (candidate == null || candidate.length() != 36) {
            return Optional.empty();
        }
        try {
            // UUID.fromString also accepts short forms like "1-1-1-1-1"; only the canonical one names a row.
            String canonical = UUID.fromString(candidate).toString();
            return canonical.equalsIgnoreCase(candidate) ? Optional.of(canonical) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Counts one more message. The language follows the citizen, who may switch; the first
     * request for a person is kept as the moment the conversation was handed to the duty clerk.
     */
    public void recordTurn(Intent intent, Language language, Instant now) {
        turns++;
        lastIntent = intent;
        lang = language.tag();
        updatedAt = utc(now);
        if (intent == Intent.HUMAN_HANDOFF && handedOffAt == null) {
            handedOffAt = updatedAt;
        }
    }

    public String id() {
        return id;
    }

    public int turns() {
        return turns;
    }

    public Intent lastIntent() {
        return lastIntent;
    }

    public String languageCode() {
        return lang;
    }

    public String channelCode() {
        return channel;
    }

    public boolean isHandedOff() {
        return handedOffAt != null;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }
}
