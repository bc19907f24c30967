package io.jingwu.api.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An allowed value's label in one language. */
@Embeddable
public class ChoiceText implements LanguageTagged {

    @Column(name = "lang")
    private String lang;

    private String label;

    protected ChoiceText() {
    }

    public ChoiceText(String lang, String label) {
        this.lang = lang;
        this.label = label;
    }

    @Override
    public String lang() {
        return lang;
    }

    public String label() {
        return label;
    }
}
