package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.catalogue.boundary.PublishedService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answers to a service's own questions as the clerk reads them: in the order the catalogue asks them, each
 * under its label, choices by their labels. An answer to a question the service no longer asks keeps its code.
 */
final class AnswerLines {

    /** One answered question. */
    record Line(String code, String label, String value) implements Serializable {
    }

    private AnswerLines() {
    }

    /** @param service the service as the catalogue publishes it now, if it still does */
    static List<Line> of(String answersJson, Optional<PublishedService> service) {
        if (answersJson == null || answersJson.isBlank()) {
            return List.of();
        }
        JsonObject answers;
        try (JsonReader reader = Json.createReader(new StringReader(answersJson))) {
            answers = reader.readObject();
        }
        List<Line> lines = new ArrayList<>();
        List<PublishedService.Field> fields = service.map(PublishedService::fields).orElse(List.of());
        for (PublishedService.Field field : fields) {
            if (answers.containsKey(field.code()) && answers.get(field.code()) != JsonValue.NULL) {
                lines.add(new Line(field.code(), field.label(), text(answers.get(field.code()), field)));
            }
        }
        for (String code : answers.keySet()) {
            if (fields.stream().noneMatch(f -> f.code().equals(code)) && answers.get(code) != JsonValue.NULL) {
                lines.add(new Line(code, code, text(answers.get(code), null)));
            }
        }
        return lines;
    }

    private static String text(JsonValue value, PublishedService.Field field) {
        return switch (value.getValueType()) {
            case ARRAY -> value.asJsonArray().stream().map(v -> text(v, field)).collect(Collectors.joining("、"));
            case STRING -> choiceLabel(((JsonString) value).getString(), field);
            default -> choiceLabel(value.toString(), field);
        };
    }

    private static String choiceLabel(String answer, PublishedService.Field field) {
        if (field == null || field.choices() == null) {
            return answer;
        }
        return field.choices().stream().filter(c -> c.value().equals(answer)).map(PublishedService.Choice::label)
                .findFirst().orElse(answer);
    }
}
