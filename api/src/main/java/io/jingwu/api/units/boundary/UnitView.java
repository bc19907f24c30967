package io.jingwu.api.units.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.units.entity.Unit;

import java.util.List;

/** A unit as administrators see and edit it. */
public record UnitView(long id, String code, String nameZh, String nameEn, String kind, List<String> jurisdiction,
                       boolean active) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.id(), unit.code(), unit.name(Language.ZH),
                unit.name(Language.EN), unit.kind().name(),
                unit.jurisdiction().stream().sorted().toList(), unit.active());
    }

    /** The name a reader of this language sees, as {@link Unit#name(Language)} picks it. */
    public String name(Language language) {
        return language.pick(nameZh, nameEn);
    }
}
