package io.jingwu.api.units.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.units.entity.Unit;

import java.io.Serializable;

/** A unit as citizens see it: its code and its name in their language. */
public record UnitRef(String code, String name) implements Serializable {

    public static UnitRef of(Unit unit, Language language) {
        return new UnitRef(unit.code(), unit.name(language));
    }
}
