package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.personaldata.entity.PersonalDataRead;
import io.jingwu.api.personaldata.entity.PersonalField;
import io.jingwu.api.platform.i18n.Language;

import java.time.Instant;
import java.util.Set;

/**
 * One read of a request's personal data as its citizen may see it: by which role of which unit, when, which fields
 * and why. Never who by name (a user name helps whoever would approach a member of staff), nor anything internal
 * such as the reader's network address.
 *
 * @param readerRole CLERK or SUPERVISOR (ADMIN only if an administrator served the unit); null for reads logged
 *                   before roles were
 * @param readerUnit the unit's name in the caller's language; null for reads logged before units were
 */
public record PersonalDataReadView(String readerRole, String readerUnit, Instant readAt, Set<PersonalField> fields,
                                   String purpose) {

    static PersonalDataReadView of(PersonalDataRead read, Language language) {
        return new PersonalDataReadView(read.readerRole().map(Enum::name).orElse(null),
                read.readerUnit().map(unit -> unit.name(language)).orElse(null), read.readAt(), read.fields(),
                read.purpose());
    }
}
