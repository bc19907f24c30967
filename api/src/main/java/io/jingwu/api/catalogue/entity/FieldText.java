package io.jingwu.api.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A field's label and help in one language. */
@Embeddable
public class FieldText implements LanguageTagged {

    @Column(name = "lang")
    private String lang;

    private String label;

    private String help;

    protected FieldText() {
    }

    public FieldText(String lang, String label, String help) {
        this.lang = lang;
        this.label = label;
        this.help = help;
    }

    @Override
    public String lang() {
        return lang;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }
}
