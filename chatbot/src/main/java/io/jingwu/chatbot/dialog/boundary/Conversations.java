package io.jingwu.chatbot.dialog.boundary;

import io.jingwu.api.citizens.boundary.RequestProgress;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.chatbot.dialog.control.ReplyCatalog;
import io.jingwu.chatbot.dialog.control.TrackingNumberMentions;
import io.jingwu.chatbot.dialog.entity.Answer;
import io.jingwu.chatbot.dialog.entity.Channel;
import io.jingwu.chatbot.dialog.entity.Conversation;
import io.jingwu.chatbot.intents.control.IntentClassifier;
import io.jingwu.chatbot.intents.entity.Intent;
import io.jingwu.chatbot.intents.entity.IntentPrediction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Answers a citizen's message within its conversation, one transaction per message.
 * The conversation row is locked while its turn is counted, so two messages of the same
 * conversation arriving at two instances at once are both counted.
 */
@ApplicationScoped
@Transactional
public class Conversations {

    @PersistenceContext(unitName = "jingwu")
    EntityManager entityManager;

    @Inject
    IntentClassifier classifier;

    @Inject
    ReplyCatalog replies;

    @Inject
    RequestProgress progress;

    public Answer answer(String conversationId, String text, Language language, Channel channel) {
        // Classify before taking the row lock: the lock is held only for the update.
        IntentPrediction prediction = classifier.classify(text);
        List<String> texts = replies.repliesTo(prediction.intent(), language);
        Optional<String> mentioned = TrackingNumberMentions.candidate(text);
        if (prediction.intent() == Intent.TRACK_REQUEST && mentioned.isPresent()) {
            texts = List.of(statusOf(mentioned.get(), language));
        }
        Instant now = Instant.now();
        Conversation conversation = lockExisting(conversationId).orElseGet(() -> startNew(channel, language, now));
        conversation.recordTurn(prediction.intent(), language, now);
        return new Answer(conversation.id(), prediction, texts);
    }

    /** Status and unit only, as for anyone holding the number: nothing personal goes into a chat. */
    private String statusOf(String candidate, Language language) {
        return TrackingNumberMentions.find(candidate)
                .flatMap(number -> progress.of(number.value(), language))
                .map(view -> replies.reply(language, "TRACK_REQUEST.found", view.trackingNumber(),
                        Messages.text(language, "status." + view.status().name()), view.unit().name()))
                .orElseGet(() -> replies.reply(language, "TRACK_REQUEST.notFound", candidate));
    }

    private Optional<Conversation> lockExisting(String conversationId) {
        return Conversation.canonicalId(conversationId)
                .map(id -> entityManager.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Conversation startNew(Channel channel, Language language, Instant now) {
        Conversation conversation = Conversation.start(channel, language, now);
        entityManager.persist(conversation);
        return conversation;
    }
}
