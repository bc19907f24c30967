package io.jingwu.api.fraud.officials.boundary;

import io.jingwu.api.fraud.officials.entity.OfficialPhoneNumber;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.units.entity.Unit;
import jakarta.json.bind.annotation.JsonbNillable;

/** A published police number as administrators see it. */
@JsonbNillable
public record OfficialPhoneView(long id, String phone, String unitCode, String labelZh, String labelEn, String labelRu,
                                String source) {

    static OfficialPhoneView of(OfficialPhoneNumber number) {
        return new OfficialPhoneView(number.id(), number.phone(), number.unit().map(Unit::code).orElse(null),
                number.label(Language.ZH), number.label(Language.EN), number.label(Language.RU), number.source());
    }
}
