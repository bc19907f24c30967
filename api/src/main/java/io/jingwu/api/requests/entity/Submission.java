package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.i18n.Language;

import java.util.Map;

/**
 * What a citizen submitted, after validation: every field checked and normalised (the phone in E.164), the
 * same whichever channel it came through.
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
                         Map<String, Object> answers) {

    public Submission {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
