package io.jingwu.portal.admin.boundary;

import io.jingwu.api.catalogue.control.ServiceSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.ChoiceSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldTextSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.LimitsSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.ServiceTextSpec;
import io.jingwu.api.catalogue.entity.DataType;
import io.jingwu.api.platform.i18n.Language;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service definition as the catalogue editor holds it while an administrator changes it: mutable, in the shapes
 * the page's inputs bind to, and turned back into the API's {@link ServiceSpec} to be saved, where the catalogue's
 * own rules judge it ({@code DefinitionRules}). The editor checks nothing itself, so that the page and the API can
 * never disagree about what a valid definition is.
 */
public final class ServiceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Separates a choice's value and its labels on one line of the choices box: {@code owner | 业主 | Owner}. */
    static final String CHOICE_SEPARATOR = "|";

    private final boolean created;
    private String type;
    private String category;
    private boolean active = true;
    private Integer position = 0;
    private String defaultPriority = "NORMAL";
    private final List<Slot> handledBy = new ArrayList<>();
    /** Every language the texts are kept in: the service's own, and every one we speak (ru may stay empty). */
    private final List<String> languages;
    private final Map<String, Text> texts = new LinkedHashMap<>();
    private final List<Field> fields = new ArrayList<>();

    private ServiceDraft(boolean created, List<String> languages) {
        this.created = created;
        this.languages = languages;
        for (String lang : languages) {
            texts.put(lang, new Text());
        }
    }

    /** A service the catalogue does not hold yet. */
    static ServiceDraft blank() {
        ServiceDraft draft = new ServiceDraft(true, spokenLanguages());
        draft.handledBy.add(new Slot(null));
        return draft;
    }

    /** The definition as stored, ready to be changed. */
    static ServiceDraft of(ServiceSpec spec) {
        Set<String> languages = new LinkedHashSet<>(spokenLanguages());
        languages.addAll(spec.texts().keySet());
        ServiceDraft draft = new ServiceDraft(false, List.copyOf(languages));
        draft.type = spec.type();
        draft.category = spec.category();
        draft.active = !Boolean.FALSE.equals(spec.active());
        draft.position = spec.position();
        draft.defaultPriority = spec.defaultPriority();
        spec.handledBy().forEach(kind -> draft.handledBy.add(new Slot(kind)));
        spec.texts().forEach((lang, text) -> {
            draft.texts.get(lang).setName(text.name());
            draft.texts.get(lang).setDescription(text.description());
        });
        for (FieldSpec field : spec.fields()) {
            draft.fields.add(Field.of(field, draft.languages));
        }
        return draft;
    }

    /** The whole definition as the API takes it; empty inputs are no value. */
    ServiceSpec toSpec() {
        Map<String, ServiceTextSpec> serviceTexts = new LinkedHashMap<>();
        texts.forEach((lang, text) -> {
            if (text.isGiven()) {
                serviceTexts.put(lang, new ServiceTextSpec(blankToNull(text.name), blankToNull(text.description)));
            }
        });
        return new ServiceSpec(type, category, active, position == null ? 0 : position, defaultPriority,
                handledBy.stream().map(Slot::getKind).filter(k -> k != null && !k.isBlank()).toList(),
                serviceTexts, fields.stream().map(f -> f.toSpec(languages)).toList());
    }

    void addField() {
        fields.add(new Field(languages));
    }

    void removeField(int index) {
        fields.remove(index);
    }

    /** Moves a field one place up (towards the first question); the first stays where it is. */
    void moveUp(int index) {
        if (index > 0 && index < fields.size()) {
            fields.add(index - 1, fields.remove(index));
        }
    }

    void addUnitKind() {
        handledBy.add(new Slot(null));
    }

    void removeUnitKind(int index) {
        handledBy.remove(index);
    }

    private static List<String> spokenLanguages() {
        return Arrays.stream(Language.values()).map(Language::tag).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isCreated() {
        return created;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null ? null : category.strip();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getDefaultPriority() {
        return defaultPriority;
    }

    public void setDefaultPriority(String defaultPriority) {
        this.defaultPriority = defaultPriority;
    }

    public List<Slot> getHandledBy() {
        return handledBy;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public Map<String, Text> getTexts() {
        return texts;
    }

    public List<Field> getFields() {
        return fields;
    }

    /** One place in the order of unit kinds that handle the service. */
    public static final class Slot implements Serializable {

        private static final long serialVersionUID = 1L;

        private String kind;

        Slot(String kind) {
            this.kind = kind;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }
    }

    /** A name and description, or a label and help, in one language. */
    public static final class Text implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String description;

        boolean isGiven() {
            return blankToNull(name) != null || blankToNull(description) != null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** One question of the service. */
    public static final class Field implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String type = DataType.TEXT.name();
        private boolean required;
        private Integer minLength;
        private Integer maxLength;
        private String min;
        private String max;
        private String pattern;
        private String patternMessageKey;
        /** Label (as the name) and help (as the description) per language. */
        private final Map<String, Text> texts = new LinkedHashMap<>();
        /** One choice a line: the value, then its label in each of the draft's languages, by {@code |}. */
        private String choices;

        Field(List<String> languages) {
            for (String lang : languages) {
                texts.put(lang, new Text());
            }
        }

        static Field of(FieldSpec spec, List<String> languages) {
            Field field = new Field(languages);
            field.code = spec.code();
            field.type = spec.type();
            field.required = Boolean.TRUE.equals(spec.required());
            if (spec.limits() != null) {
                LimitsSpec l = spec.limits();
                field.minLength = l.minLength();
                field.maxLength = l.maxLength();
                field.min = l.min();
                field.max = l.max();
                field.pattern = l.pattern();
                field.patternMessageKey = l.patternMessageKey();
            }
            spec.texts().forEach((lang, text) -> {
                Text kept = field.texts.computeIfAbsent(lang, l -> new Text());
                kept.setName(text.label());
                kept.setDescription(text.help());
            });
            if (spec.choices() != null) {
                field.choices = spec.choices().stream().map(c -> line(c, languages)).collect(Collectors.joining("\n"));
            }
            return field;
        }

        /** {@code owner | 业主 | Owner}: labels missing at the end (an optional language) leave no empty cells. */
        private static String line(ChoiceSpec choice, List<String> languages) {
            List<String> cells = new ArrayList<>();
            cells.add(choice.value());
            languages.forEach(lang -> cells.add(choice.labels().getOrDefault(lang, "")));
            while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            return String.join(" " + CHOICE_SEPARATOR + " ", cells);
        }

        FieldSpec toSpec(List<String> languages) {
            Map<String, FieldTextSpec> fieldTexts = new LinkedHashMap<>();
            texts.forEach((lang, text) -> {
                if (text.isGiven()) {
                    fieldTexts.put(lang, new FieldTextSpec(blankToNull(text.name), blankToNull(text.description)));
                }
            });
            LimitsSpec limits = new LimitsSpec(minLength, maxLength, blankToNull(min), blankToNull(max),
                    blankToNull(pattern), blankToNull(patternMessageKey));
            boolean anyLimit = minLength != null || maxLength != null || limits.min() != null || limits.max() != null
                    || limits.pattern() != null || limits.patternMessageKey() != null;
            return new FieldSpec(blankToNull(code), type, required, anyLimit ? limits : null, fieldTexts,
                    choiceSpecs(languages));
        }

        /** The choices box, line by line; a line's missing labels stay missing, for the rules to name. */
        private List<ChoiceSpec> choiceSpecs(List<String> languages) {
            if (choices == null || choices.isBlank()) {
                return null;
            }
            List<ChoiceSpec> specs = new ArrayList<>();
            for (String line : choices.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\" + CHOICE_SEPARATOR, -1);
                Map<String, String> labels = new LinkedHashMap<>();
                for (int i = 0; i < languages.size() && i + 1 < parts.length; i++) {
                    String label = blankToNull(parts[i + 1]);
                    if (label != null) {
                        labels.put(languages.get(i), label);
                    }
                }
                specs.add(new ChoiceSpec(parts[0].strip(), labels));
            }
            return specs;
        }

        /** Which limits the field's data type takes, so the page offers only those. */
        public boolean isTextual() {
            return DataType.valueOf(type).isText() || DataType.valueOf(type) == DataType.ID_NUMBER
                    || DataType.valueOf(type) == DataType.PHONE;
        }

        public boolean isRanged() {
            return DataType.valueOf(type).isNumeric() || DataType.valueOf(type).isTemporal();
        }

        public boolean isWithChoices() {
            return DataType.valueOf(type).hasChoices();
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public Integer getMinLength() {
            return minLength;
        }

        public void setMinLength(Integer minLength) {
            this.minLength = minLength;
        }

        public Integer getMaxLength() {
            return maxLength;
        }

        public void setMaxLength(Integer maxLength) {
            this.maxLength = maxLength;
        }

        public String getMin() {
            return min;
        }

        public void setMin(String min) {
            this.min = min;
        }

        public String getMax() {
            return max;
        }

        public void setMax(String max) {
            this.max = max;
        }

        public String getPattern() {
            return pattern;
        }

        public void setPattern(String pattern) {
            this.pattern = pattern;
        }

        public String getPatternMessageKey() {
            return patternMessageKey;
        }

        public void setPatternMessageKey(String patternMessageKey) {
            this.patternMessageKey = patternMessageKey;
        }

        public Map<String, Text> getTexts() {
            return texts;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }
    }
}
