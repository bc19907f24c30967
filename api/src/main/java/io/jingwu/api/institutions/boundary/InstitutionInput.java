package io.jingwu.api.institutions.boundary;

/**
 * The body of {@code POST /api/v1/admin/institutions} and {@code PUT /api/v1/admin/institutions/{id}}.
 *
 * @param kind            one of {@link io.jingwu.api.institutions.entity.InstitutionKind}
 * @param contact         optional: whom to reach about the key (a desk, a phone line)
 * @param checksPerMinute 1 to 10000; when absent, 60 for a new institution and unchanged for a change
 */
public record InstitutionInput(String name, String kind, String contact, Integer checksPerMinute) {
}
