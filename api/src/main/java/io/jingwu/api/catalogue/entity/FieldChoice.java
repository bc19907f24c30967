package io.jingwu.api.catalogue.entity;

import io.jingwu.api.platform.i18n.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** One allowed value of a choice field: a stable code that answers carry, and its label per language. */
@Entity
@Table(name = "field_choices")
public class FieldChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_id")
    private ServiceField field;

    private String value;

    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "choice_texts", joinColumns = @JoinColumn(name = "choice_id"))
    private List<ChoiceText> texts = new ArrayList<>();

    protected FieldChoice() {
    }

    public static FieldChoice of(String value, List<ChoiceText> labels) {
        FieldChoice choice = new FieldChoice();
        choice.value = value;
        choice.texts.addAll(labels);
        return choice;
    }

    void belongTo(ServiceField field, int position) {
        this.field = field;
        this.position = position;
    }

    public String value() {
        return value;
    }

    public String label(Language language) {
        return LanguageTagged.pick(texts, language).map(ChoiceText::label).orElse(value);
    }

    public List<ChoiceText> texts() {
        return List.copyOf(texts);
    }
}
