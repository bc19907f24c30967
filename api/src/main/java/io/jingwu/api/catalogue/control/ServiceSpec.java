package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.entity.ChoiceText;
import io.jingwu.api.catalogue.entity.FieldChoice;
import io.jingwu.api.catalogue.entity.FieldLimits;
import io.jingwu.api.catalogue.entity.FieldText;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.catalogue.entity.ServiceField;
import io.jingwu.api.catalogue.entity.ServiceText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole service definition as an admin writes and reads it ({@code PUT/GET /api/v1/admin/services/{type}/{category}}):
 * texts keyed by language tag, fields in the order they are asked. Type and category come from the address;
 * when the body names them too, they must agree. Enumerations are plain strings, so that a wrong one is
 * reported against its field rather than as an unreadable body.
 *
 * @param active      false withdraws the service from new requests; true when omitted
 * @param position    where the service comes among those of its type; 0 when omitted
 * @param handledBy   unit kinds ({@code LIVELIHOOD_TEAM} ...) in order of preference
 * @param texts       {@code {"zh": {"name": ..., "description": ...}, "en": {...}}}; zh and en are required, ru optional
 */
public record ServiceSpec(String type,
                          String category,
                          Boolean active,
                          Integer position,
                          String defaultPriority,
                          List<String> handledBy,
                          Map<String, ServiceTextSpec> texts,
                          List<FieldSpec> fields) {

    /** A service's name and description in one language. */
    public record ServiceTextSpec(String name, String description) {
    }

    /**
     * One question.
     *
     * @param type     a {@link io.jingwu.api.catalogue.entity.DataType} name
     * @param required false when omitted
     * @param choices  the allowed values of a CHOICE or MULTI_CHOICE field, in the order offered; none otherwise
     */
    public record FieldSpec(String code,
                            String type,
                            Boolean required,
                            LimitsSpec limits,
                            Map<String, FieldTextSpec> texts,
                            List<ChoiceSpec> choices) {
    }

    /** A field's label and (optional) help in one language. */
    public record FieldTextSpec(String label, String help) {
    }

    /** An allowed value: its code, and its label per language tag. */
    public record ChoiceSpec(String value, Map<String, String> labels) {
    }

    /**
     * Optional limits; see {@link FieldLimits} for which apply to which data type.
     *
     * @param min               a decimal for NUMBER and MONEY; an ISO date, date-time or signed period for DATE and DATETIME
     * @param patternMessageKey the key, in the API's message bundles, of the message shown when the pattern fails
     */
    public record LimitsSpec(Integer minLength,
                             Integer maxLength,
                             String min,
                             String max,
                             String pattern,
                             String patternMessageKey) {
    }

    /** The definition as stored, in the form an admin sends it back. */
    public static ServiceSpec of(ServiceDefinition service) {
        Map<String, ServiceTextSpec> texts = new LinkedHashMap<>();
        for (ServiceText text : service.texts()) {
            texts.put(text.lang(), new ServiceTextSpec(text.name(), text.description()));
        }
        return new ServiceSpec(service.type().name(), service.category(), service.isActive(), service.position(),
                service.defaultPriority().name(), service.handledBy().stream().map(Enum::name).toList(), texts,
                service.fields().stream().map(ServiceSpec::of).toList());
    }

    private static FieldSpec of(ServiceField field) {
        Map<String, FieldTextSpec> texts = new LinkedHashMap<>();
        for (FieldText text : field.texts()) {
            texts.put(text.lang(), new FieldTextSpec(text.label(), text.help()));
        }
        FieldLimits l = field.limits();
        boolean anyLimit = l.minLength() != null || l.maxLength() != null || l.min() != null || l.max() != null
                || l.pattern() != null;
        return new FieldSpec(field.code(), field.dataType().name(), field.required(),
                anyLimit ? new LimitsSpec(l.minLength(), l.maxLength(), l.min(), l.max(), l.pattern(), l.patternMessageKey()) : null,
                texts,
                field.dataType().hasChoices() ? field.choices().stream().map(ServiceSpec::of).toList() : null);
    }

    private static ChoiceSpec of(FieldChoice choice) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ChoiceText text : choice.texts()) {
            labels.put(text.lang(), text.label());
        }
        return new ChoiceSpec(choice.value(), labels);
    }
}
