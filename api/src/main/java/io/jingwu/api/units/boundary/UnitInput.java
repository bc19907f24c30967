package io.jingwu.api.units.boundary;

import java.util.List;

/**
 * The body of {@code POST /api/v1/admin/units} and {@code PUT /api/v1/admin/units/{id}}.
 *
 * @param kind         one of {@link io.jingwu.api.units.entity.UnitKind}
 * @param jurisdiction division code prefixes the unit serves: 2, 4, 6 or 9 digits, or "" for the whole country
 * @param active       only for a change; a new unit is active
 */
public record UnitInput(String code, String nameZh, String nameEn, String kind, List<String> jurisdiction,
                        Boolean active) {
}
