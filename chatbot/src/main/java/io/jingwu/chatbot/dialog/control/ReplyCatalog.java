package io.jingwu.chatbot.dialog.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.chatbot.intents.entity.Intent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The chatbot's answer to each intent, from {@code replies_zh.properties} and
 * {@code replies_en.properties}: one or more messages per intent, sent in order.
 */
@ApplicationScoped
public class ReplyCatalog {

    public static final String BUNDLE = "io.jingwu.chatbot.dialog.replies";

    private final Map<Language, Map<Intent, List<String>>> replies = new EnumMap<>(Language.class);

    public ReplyCatalog() {
        for (Language language : Language.values()) {
            Map<Intent, List<String>> perIntent = new EnumMap<>(Intent.class);
            for (Intent intent : Intent.values()) {
                List<String> texts = Messages.numbered(BUNDLE, language, intent.name());
                if (texts.isEmpty()) {
                    // Fail at deployment, not in front of a citizen.
                    throw new IllegalStateException("no " + language.tag() + " reply for " + intent);
                }
                perIntent.put(intent, List.copyOf(texts));
            }
            replies.put(language, perIntent);
        }
    }

    public List<String> repliesTo(Intent intent, Language language) {
        return replies.get(language).get(intent);
    }

    /** A single worded reply of the bundle, such as the status of a request the citizen asked about. */
    public String reply(Language language, String key, Object... args) {
        return Messages.text(BUNDLE, language, key, args);
    }
}
