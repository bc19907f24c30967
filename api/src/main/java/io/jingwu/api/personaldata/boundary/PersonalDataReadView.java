package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.personaldata.entity.PersonalDataRead;
import io.jingwu.api.personaldata.entity.PersonalField;

import java.time.Instant;
import java.util.Set;

/**
 * One read of a request's personal data as its citizen may see it: who, when, which fields and why; nothing
 * internal such as the reader's network address.
 *
 * @param reader the staff member's username
 */
public record PersonalDataReadView(String reader, Instant readAt, Set<PersonalField> fields, String purpose) {

    static PersonalDataReadView of(PersonalDataRead read) {
        return new PersonalDataReadView(read.reader(), read.readAt(), read.fields(), read.purpose());
    }
}
