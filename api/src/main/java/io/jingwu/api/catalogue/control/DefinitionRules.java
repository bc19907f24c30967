package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.control.ServiceSpec.ChoiceSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldTextSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.LimitsSpec;
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
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;

import io.jingwu.api.platform.validation.Texts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Decides whether an admin's service definition can go live: every problem reported at once against its place
 * in the body ({@code fields[2].choices[0].value}), nothing stored unless all pass. What it guards is what every
 * channel relies on: each text exists in Chinese and English (Russian is optional and reads the English where it
 * is missing), codes stay codes (so answers keep their meaning), limits fit their data type, and every pattern
 * compiles and explains itself.
 */
@ApplicationScoped
public class DefinitionRules {

    /** As many questions as a submission may answer ({@code SubmissionRules}). */
    public static final int FIELDS_MAX = 50;

    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int CATEGORY_MAX = 64;
    private static final Pattern FIELD_CODE = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    private static final Pattern CHOICE_VALUE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int CHOICE_VALUE_MAX = 40;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");
    private static final int NAME_MAX = 100;
    private static final int DESCRIPTION_MAX = 1000;
    private static final int LABEL_MAX = 200;
    private static final int HELP_MAX = 1000;
    private static final int PATTERN_MAX = 300;
    private static final int LIMIT_TEXT_MAX = 40;

    /**
     * @throws InvalidInputException listing every problem of the definition
     */
    public ServiceDefinition check(String type, String category, ServiceSpec spec, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (spec == null) {
            throw new InvalidInputException(List.of(FieldError.of("body", "catalogue.body.required")));
        }

        RequestType requestType = null;
        if (type == null || !RequestType.isKnown(type)) {
            errors.add(FieldError.of("type", "request.type.unknown", names(RequestType.values())));
        } else {
            requestType = RequestType.valueOf(type);
        }
        if (spec.type() != null && !spec.type().equals(type)) {
            errors.add(FieldError.of("type", "catalogue.mismatch", type));
        }
        if (category == null || category.length() > CATEGORY_MAX || !CATEGORY.matcher(category).matches()) {
            errors.add(FieldError.of("category", "catalogue.category.format", CATEGORY_MAX));
        }
        if (spec.category() != null && !spec.category().equals(category)) {
            errors.add(FieldError.of("category", "catalogue.mismatch", category));
        }

        Priority priority = null;
        if (spec.defaultPriority() == null) {
            priority = Priority.NORMAL;
        } else if (Arrays.stream(Priority.values()).anyMatch(p -> p.name().equals(spec.defaultPriority()))) {
            priority = Priority.valueOf(spec.defaultPriority());
        } else {
            errors.add(FieldError.of("defaultPriority", "catalogue.unknown", names(Priority.values())));
        }

        List<UnitKind> handledBy = unitKinds(spec.handledBy(), errors);
        List<ServiceText> texts = serviceTexts(spec.texts(), errors);
        List<ServiceField> fields = fields(spec.fields(), errors);

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ServiceDefinition.define(requestType, category, priority, spec.active() == null || spec.active(),
                spec.position() == null ? 0 : spec.position(), handledBy, texts, fields, now);
    }

    private static List<UnitKind> unitKinds(List<String> names, List<FieldError> errors) {
        if (names == null || names.isEmpty()) {
            errors.add(FieldError.of("handledBy", "catalogue.handledBy.required"));
            return List.of();
        }
        List<UnitKind> kinds = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<UnitKind> kind = Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(name)).findFirst();
            if (kind.isEmpty()) {
                errors.add(FieldError.of("handledBy[" + i + "]", "catalogue.unknown", names(UnitKind.values())));
            } else if (kinds.contains(kind.get())) {
                errors.add(FieldError.of("handledBy[" + i + "]", "catalogue.duplicate", name));
            } else {
                kinds.add(kind.get());
            }
        }
        return kinds;
    }

    private static List<ServiceText> serviceTexts(Map<String, ServiceTextSpec> texts, List<FieldError> errors) {
        List<ServiceText> result = new ArrayList<>();
        if (!languagesComplete("texts", texts, errors)) {
            return result;
        }
        texts.forEach((lang, text) -> {
            String at = "texts." + lang;
            String name = text == null ? null : Texts.stripped(text.name());
            String description = text == null ? null : Texts.stripped(text.description());
            if (name == null) {
                errors.add(FieldError.of(at + ".name", "catalogue.required"));
            } else if (Texts.length(name) > NAME_MAX) {
                errors.add(FieldError.of(at + ".name", "catalogue.length", NAME_MAX));
            }
            if (description != null && Texts.length(description) > DESCRIPTION_MAX) {
                errors.add(FieldError.of(at + ".description", "catalogue.length", DESCRIPTION_MAX));
            }
            result.add(new ServiceText(lang, name, description));
        });
        return result;
    }

    private static List<ServiceField> fields(List<FieldSpec> specs, List<FieldError> errors) {
        List<ServiceField> fields = new ArrayList<>();
        if (specs == null) {
            return fields;
        }
        if (specs.size() > FIELDS_MAX) {
            errors.add(FieldError.of("fields", "catalogue.fields.tooMany", FIELDS_MAX));
            return fields;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            String at = "fields[" + i + "]";
            FieldSpec spec = specs.get(i);
            if (spec == null) {
                errors.add(FieldError.of(at, "catalogue.required"));
                continue;
            }
            int before = errors.size();
            if (spec.code() == null || !FIELD_CODE.matcher(spec.code()).matches()) {
                errors.add(FieldError.of(at + ".code", "catalogue.field.code.format"));
            } else if (!codes.add(spec.code().toLowerCase(Locale.ROOT))) {
                // The database compares codes without case: amountOwed and amountowed would collide.
                errors.add(FieldError.of(at + ".code", "catalogue.duplicate", spec.code()));
            }
            Optional<DataType> type = Arrays.stream(DataType.values()).filter(t -> t.name().equals(spec.type())).findFirst();
            if (type.isEmpty()) {
                errors.add(FieldError.of(at + ".type", "catalogue.unknown", names(DataType.values())));
            }
            List<FieldText> texts = fieldTexts(at, spec.texts(), errors);
            List<FieldChoice> choices = type.map(t -> choices(at, t, spec.choices(), errors)).orElse(List.of());
            FieldLimits limits = type.map(t -> limits(at + ".limits", t, spec.limits(), errors)).orElse(FieldLimits.NONE);
            if (errors.size() == before) {
                fields.add(ServiceField.of(spec.code(), type.orElseThrow(), Boolean.TRUE.equals(spec.required()),
                        limits, texts, choices));
            }
        }
        return fields;
    }

    private static List<FieldText> fieldTexts(String at, Map<String, FieldTextSpec> texts, List<FieldError> errors) {
        List<FieldText> result = new ArrayList<>();
        if (!languagesComplete(at + ".texts", texts, errors)) {
            return result;
        }
        texts.forEach((lang, text) -> {
            String here = at + ".texts." + lang;
            String label = text == null ? null : Texts.stripped(text.label());
            String help = text == null ? null : Texts.stripped(text.help());
            if (label == null) {
                errors.add(FieldError.of(here + ".label", "catalogue.required"));
            } else if (Texts.length(label) > LABEL_MAX) {
                errors.add(FieldError.of(here + ".label", "catalogue.length", LABEL_MAX));
            }
            if (help != null && Texts.length(help) > HELP_MAX) {
                errors.add(FieldError.of(here + ".help", "catalogue.length", HELP_MAX));
            }
            result.add(new FieldText(lang, label, help));
        });
        return result;
    }

    private static List<FieldChoice> choices(String at, DataType type, List<ChoiceSpec> specs, List<FieldError> errors) {
        List<FieldChoice> result = new ArrayList<>();
        if (!type.hasChoices()) {
            if (specs != null && !specs.isEmpty()) {
                errors.add(FieldError.of(at + ".choices", "catalogue.notApplicable", type.name()));
            }
            return result;
        }
        if (specs == null || specs.size() < 2) {
            errors.add(FieldError.of(at + ".choices", "catalogue.choices.required"));
            return result;
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            String here = at + ".choices[" + i + "]";
            ChoiceSpec spec = specs.get(i);
            String value = spec == null ? null : spec.value();
            if (value == null || value.length() > CHOICE_VALUE_MAX || !CHOICE_VALUE.matcher(value).matches()) {
                errors.add(FieldError.of(here + ".value", "catalogue.choice.value.format", CHOICE_VALUE_MAX));
                continue;
            }
            if (!values.add(value)) {
                errors.add(FieldError.of(here + ".value", "catalogue.duplicate", value));
                continue;
            }
            if (!languagesComplete(here + ".labels", spec.labels(), errors)) {
                continue;
            }
            List<ChoiceText> labels = new ArrayList<>();
            spec.labels().forEach((lang, label) -> {
                String text = Texts.stripped(label);
                if (text == null) {
                    errors.add(FieldError.of(here + ".labels." + lang, "catalogue.required"));
                } else if (Texts.length(text) > LABEL_MAX) {
                    errors.add(FieldError.of(here + ".labels." + lang, "catalogue.length", LABEL_MAX));
                }
                labels.add(new ChoiceText(lang, text));
            });
            result.add(FieldChoice.of(value, labels));
        }
        return result;
    }

    private static FieldLimits limits(String at, DataType type, LimitsSpec spec, List<FieldError> errors) {
        if (spec == null) {
            return FieldLimits.NONE;
        }
        if (spec.minLength() != null || spec.maxLength() != null) {
            if (!type.isText()) {
                errors.add(FieldError.of(at + ".maxLength", "catalogue.notApplicable", type.name()));
            } else {
                int min = spec.minLength() == null ? 1 : spec.minLength();
                int max = spec.maxLength() == null ? type.defaultMaxLength() : spec.maxLength();
                if (min < 1 || max > type.maxLengthCeiling() || min > max) {
                    errors.add(FieldError.of(at + ".maxLength", "catalogue.limit.length", type.maxLengthCeiling()));
                }
            }
        }
        String min = Texts.stripped(spec.min());
        String max = Texts.stripped(spec.max());
        if (min != null || max != null) {
            if (type.isNumeric()) {
                BigDecimal low = decimal(at + ".min", min, errors);
                BigDecimal high = decimal(at + ".max", max, errors);
                if (low != null && high != null && low.compareTo(high) > 0) {
                    errors.add(FieldError.of(at + ".min", "catalogue.limit.order"));
                }
            } else if (type.isTemporal()) {
                Optional<TemporalBound> low = temporal(at + ".min", min, errors);
                Optional<TemporalBound> high = temporal(at + ".max", max, errors);
                if (low.isPresent() && high.isPresent() && low.get().fixed() != null && high.get().fixed() != null
                        && low.get().fixed().isAfter(high.get().fixed())) {
                    errors.add(FieldError.of(at + ".min", "catalogue.limit.order"));
                }
            } else {
                errors.add(FieldError.of(at + (min != null ? ".min" : ".max"), "catalogue.notApplicable", type.name()));
            }
        }
        String pattern = spec.pattern();
        String messageKey = Texts.stripped(spec.patternMessageKey());
        if (pattern != null) {
            if (!type.isText()) {
                errors.add(FieldError.of(at + ".pattern", "catalogue.notApplicable", type.name()));
            } else if (pattern.isEmpty() || pattern.length() > PATTERN_MAX || !compiles(pattern)) {
                errors.add(FieldError.of(at + ".pattern", "catalogue.limit.pattern", PATTERN_MAX));
            }
        }
        if (messageKey != null) {
            if (pattern == null) {
                errors.add(FieldError.of(at + ".patternMessageKey", "catalogue.limit.messageKeyWithoutPattern"));
            } else if (!spokenInEveryLanguage(messageKey)) {
                errors.add(FieldError.of(at + ".patternMessageKey", "catalogue.limit.messageKey", messageKey));
            }
        }
        return new FieldLimits(spec.minLength(), spec.maxLength(), min, max, pattern, messageKey);
    }

    /**
     * The texts exist in every language content must be written in (zh and en; other languages such as ru are
     * optional and read the English where they are missing), and every key is a language tag.
     */
    private static boolean languagesComplete(String at, Map<String, ?> texts, List<FieldError> errors) {
        List<String> missing = Language.requiredInContent().stream().map(Language::tag)
                .filter(tag -> texts == null || !texts.containsKey(tag)).toList();
        if (!missing.isEmpty()) {
            errors.add(FieldError.of(at, "catalogue.languages.missing", String.join(", ", missing)));
            return false;
        }
        boolean wellFormed = true;
        for (String tag : texts.keySet()) {
            if (tag == null || tag.length() > 16 || !LANGUAGE_TAG.matcher(tag).matches()) {
                errors.add(FieldError.of(at, "catalogue.languages.tag", tag));
                wellFormed = false;
            }
        }
        return wellFormed;
    }

    private static BigDecimal decimal(String at, String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() <= LIMIT_TEXT_MAX) {
                return new BigDecimal(text);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of(at, "catalogue.limit.number"));
        return null;
    }

    private static Optional<TemporalBound> temporal(String at, String text, List<FieldError> errors) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<TemporalBound> bound = text.length() <= LIMIT_TEXT_MAX ? TemporalBound.parse(text) : Optional.empty();
        if (bound.isEmpty()) {
            errors.add(FieldError.of(at, "catalogue.limit.temporal"));
        }
        return bound;
    }

    private static boolean compiles(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** In each language's own bundle: a message read in another language's words would not be spoken. */
    private static boolean spokenInEveryLanguage(String key) {
        return Arrays.stream(Language.values()).allMatch(l -> Messages.has(l, key));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
