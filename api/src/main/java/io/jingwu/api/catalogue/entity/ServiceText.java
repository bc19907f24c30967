package io.jingwu.api.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A service's name and description in one language. */
@Embeddable
public class ServiceText implements LanguageTagged {

    @Column(name = "lang")
    private String lang;

    private String name;

    private String description;

    protected ServiceText() {
    }

    public ServiceText(String lang, String name, String description) {
        this.lang = lang;
        this.name = name;
        this.description = description;
    }

    @Override
    public String lang() {
        return lang;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
