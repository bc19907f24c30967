package io.jingwu.api.catalogue.boundary;

import io.jingwu.api.catalogue.control.ServiceSpec.FieldTextSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.ServiceTextSpec;
import io.jingwu.api.catalogue.entity.ChoiceText;
import io.jingwu.api.catalogue.entity.DataType;
import io.jingwu.api.catalogue.entity.FieldChoice;
import io.jingwu.api.catalogue.entity.FieldLimits;
import io.jingwu.api.catalogue.entity.FieldText;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.catalogue.entity.ServiceField;
import io.jingwu.api.catalogue.entity.ServiceText;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.units.entity.UnitKind;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service as forms are generated from it (a contract: the portal, the kiosk, the chatbot and outside clients
 * read it): its name and description and each field's label, help and choice labels in the language asked
 * for; with all languages asked for, also {@code texts} (and {@code labels}) keyed by language tag. Members
 * without a value are left out.
 */
public record PublishedService(RequestType type,
                               String category,
                               String name,
                               String description,
                               Priority defaultPriority,
                               List<UnitKind> handledBy,
                               List<Field> fields,
                               Map<String, ServiceTextSpec> texts) implements Serializable {

    /**
     * One question, in the order asked. {@code code} is the key of its answer in a submission's {@code fields}.
     *
     * @param limits  what an answer must respect; text fields always carry their {@code maxLength}
     * @param choices the allowed values of a CHOICE or MULTI_CHOICE field; an answer gives the {@code value}
     */
    public record Field(String code,
                        DataType type,
                        boolean required,
                        String label,
                        String help,
                        Limits limits,
                        List<Choice> choices,
                        Map<String, FieldTextSpec> texts) implements Serializable {
    }

    /**
     * @param min        a decimal for NUMBER and MONEY; for DATE and DATETIME an ISO date or date-time, or a period
     *                   from today ({@code P0D}: not in the future; {@code -P1Y}: at most a year ago)
     * @param pattern    a Java regular expression the whole text must match
     */
    public record Limits(Integer minLength, Integer maxLength, String min, String max, String pattern) implements Serializable {
    }

    /** An allowed value and its label. */
    public record Choice(String value, String label, Map<String, String> labels) implements Serializable {
    }

    static PublishedService of(ServiceDefinition service, Language language, boolean allLanguages) {
        Map<String, ServiceTextSpec> texts = null;
        if (allLanguages) {
            texts = new LinkedHashMap<>();
            for (ServiceText text : service.texts()) {
                texts.put(text.lang(), new ServiceTextSpec(text.name(), text.description()));
            }
        }
        return new PublishedService(service.type(), service.category(), service.name(language),
                service.description(language), service.defaultPriority(), service.handledBy(),
                service.fields().stream().map(f -> field(f, language, allLanguages)).toList(), texts);
    }

    private static Field field(ServiceField field, Language language, boolean allLanguages) {
        Map<String, FieldTextSpec> texts = null;
        if (allLanguages) {
            texts = new LinkedHashMap<>();
            for (FieldText text : field.texts()) {
                texts.put(text.lang(), new FieldTextSpec(text.label(), text.help()));
            }
        }
        List<Choice> choices = field.dataType().hasChoices()
                ? field.choices().stream().map(c -> choice(c, language, allLanguages)).toList()
                : null;
        return new Field(field.code(), field.dataType(), field.required(), field.label(language),
                field.help(language), limits(field), choices, texts);
    }

    private static Limits limits(ServiceField field) {
        FieldLimits l = field.limits();
        Integer maxLength = field.dataType().isText() ? Integer.valueOf(field.maxLength()) : null;
        if (l.minLength() == null && maxLength == null && l.min() == null && l.max() == null && l.pattern() == null) {
            return null;
        }
        return new Limits(l.minLength(), maxLength, l.min(), l.max(), l.pattern());
    }

    private static Choice choice(FieldChoice choice, Language language, boolean allLanguages) {
        Map<String, String> labels = null;
        if (allLanguages) {
            labels = new LinkedHashMap<>();
            for (ChoiceText text : choice.texts()) {
                labels.put(text.lang(), text.label());
            }
        }
        return new Choice(choice.value(), choice.label(language), labels);
    }
}
