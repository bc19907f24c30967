package io.jingwu.api.units.boundary;

import io.jingwu.api.platform.validation.MaxItems;
import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.TextLength;
import io.jingwu.api.units.control.UnitCode;
import io.jingwu.api.units.control.UnitRules;

import java.util.List;

/**
 * The body of {@code POST /api/v1/admin/units} and {@code PUT /api/v1/admin/units/{id}}. The rules declared here
 * need nothing else; the kind, each prefix and a code taken are {@link UnitRules}'.
 *
 * @param kind         one of {@link io.jingwu.api.units.entity.UnitKind}
 * @param jurisdiction division code prefixes the unit serves: 2, 4, 6 or 9 digits, or "" for the whole country
 * @param active       only for a change; a new unit is active
 */
public record UnitInput(@Required(message = "{unit.code.required}")
                        @UnitCode(max = UnitRules.CODE_MAX)
                        String code,
                        @Required(message = "{unit.nameZh.required}")
                        @TextLength(max = UnitRules.NAME_ZH_MAX, message = "{unit.nameZh.length}")
                        String nameZh,
                        @Required(message = "{unit.nameEn.required}")
                        @TextLength(max = UnitRules.NAME_EN_MAX, message = "{unit.nameEn.length}")
                        String nameEn,
                        String kind,
                        @Required(message = "{unit.jurisdiction.required}")
                        @MaxItems(max = UnitRules.PREFIXES_MAX, message = "{unit.jurisdiction.tooMany}")
                        List<String> jurisdiction,
                        Boolean active) {
}
