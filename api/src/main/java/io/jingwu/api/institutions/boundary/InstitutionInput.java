package io.jingwu.api.institutions.boundary;

import io.jingwu.api.institutions.control.InstitutionRules;
import io.jingwu.api.platform.validation.Between;
import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.TextLength;

/**
 * The body of {@code POST /api/v1/admin/institutions} and {@code PUT /api/v1/admin/institutions/{id}}. The kind is
 * checked as code, by {@link InstitutionRules}, as its message lists the kinds.
 *
 * @param kind            one of {@link io.jingwu.api.institutions.entity.InstitutionKind}
 * @param contact         optional: whom to reach about the key (a desk, a phone line)
 * @param checksPerMinute 1 to 10000; when absent, 60 for a new institution and unchanged for a change
 */
public record InstitutionInput(@Required(message = "{institution.name.required}")
                               @TextLength(max = InstitutionRules.NAME_MAX, message = "{institution.name.length}")
                               String name,
                               String kind,
                               @TextLength(max = InstitutionRules.CONTACT_MAX, message = "{institution.contact.length}")
                               String contact,
                               @Between(min = InstitutionRules.MIN_CHECKS, max = InstitutionRules.MAX_CHECKS,
                                       message = "{institution.checksPerMinute.range}")
                               Integer checksPerMinute) {
}
