package io.jingwu.api.requests.entity;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a citizen submitted, after validation: every field checked and normalised (the phone in E.164), the
 * same whichever channel it came through.
 *
 * @param category the service of the catalogue the request is for ({@code general} when the citizen named none)
 * @param answers  the answers to the service's questions, normalised, in the order the service asks them
 * @param priority the priority the request starts with: the service's default
 */
public record Submission(RequestType type,
                         String category,
                         String description,
                         String divisionCode,
                         String address,
                         String contactName,
                         String contactPhone,
                         Language language,
                         Channel channel,
                         Map<String, Object> answers,
                         Priority priority) {

    public Submission {
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        priority = priority == null ? Priority.NORMAL : priority;
    }
}
