package io.jingwu.api.catalogue.entity;

import io.jingwu.api.platform.i18n.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One question of a service: the code its answer is keyed by in a submission's {@code fields}, what kind of
 * answer it takes, whether it must be answered, its limits and, for choices, its allowed values. Label and help
 * exist per language.
 */
@Entity
@Table(name = "service_fields")
public class ServiceField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private ServiceDefinition service;

    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_type")
    private DataType dataType;

    private boolean required;

    private int position;

    @Embedded
    private FieldLimits limits;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "field_texts", joinColumns = @JoinColumn(name = "field_id"))
    private List<FieldText> texts = new ArrayList<>();

    @OneToMany(mappedBy = "field", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<FieldChoice> choices = new ArrayList<>();

    /** Compiled once per loaded definition; definitions are reloaded, never changed, when the catalogue changes. */
    @Transient
    private volatile Pattern compiledPattern;

    protected ServiceField() {
    }

    public static ServiceField of(String code, DataType dataType, boolean required, FieldLimits limits,
                                  List<FieldText> texts, List<FieldChoice> choices) {
        ServiceField field = new ServiceField();
        field.code = code;
        field.dataType = dataType;
        field.required = required;
        field.limits = limits == null ? FieldLimits.NONE : limits;
        field.texts.addAll(texts);
        for (FieldChoice choice : choices) {
            choice.belongTo(field, field.choices.size());
            field.choices.add(choice);
        }
        return field;
    }

    void belongTo(ServiceDefinition service, int position) {
        this.service = service;
        this.position = position;
    }

    public String code() {
        return code;
    }

    public DataType dataType() {
        return dataType;
    }

    public boolean required() {
        return required;
    }

    /** Never null: a field without limits (all columns empty) loads without its embedded object. */
    public FieldLimits limits() {
        return limits == null ? FieldLimits.NONE : limits;
    }

    public String label(Language language) {
        return LanguageTagged.pick(texts, language).map(FieldText::label).orElse(code);
    }

    public String help(Language language) {
        return LanguageTagged.pick(texts, language).map(FieldText::help).orElse(null);
    }

    public List<FieldText> texts() {
        return List.copyOf(texts);
    }

    public List<FieldChoice> choices() {
        return List.copyOf(choices);
    }

    public Optional<FieldChoice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    /** The most characters an answer may have: the field's own limit, else its type's default. */
    public int maxLength() {
        Integer max = limits().maxLength();
        return max == null ? dataType.defaultMaxLength() : max;
    }

    public Optional<Pattern> pattern() {
        String regex = limits().pattern();
        if (regex == null) {
            return Optional.empty();
        }
        Pattern compiled = compiledPattern;
        if (compiled == null) {
            compiled = Pattern.compile(regex);
            compiledPattern = compiled;
        }
        return Optional.of(compiled);
    }
}
