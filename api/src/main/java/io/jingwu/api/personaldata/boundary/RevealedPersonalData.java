package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.personaldata.entity.PersonalField;
import io.jingwu.api.requests.entity.ServiceRequest;

import java.util.Set;

/**
 * A request's personal data in full, as revealed to a staff member of its unit with a recorded purpose; the
 * fields that were not asked for are {@code null}.
 *
 * @param contactPhone in E.164
 * @param answers      the service's own answers, a JSON object
 */
public record RevealedPersonalData(String trackingNumber,
                                   String contactName,
                                   String contactPhone,
                                   String address,
                                   String description,
                                   String answers) {

    static RevealedPersonalData of(ServiceRequest request, Set<PersonalField> fields) {
        return new RevealedPersonalData(request.trackingNumber().formatted(),
                fields.contains(PersonalField.CONTACT_NAME) ? request.contact().name() : null,
                fields.contains(PersonalField.CONTACT_PHONE) ? request.contact().phone() : null,
                fields.contains(PersonalField.ADDRESS) ? request.address() : null,
                fields.contains(PersonalField.DESCRIPTION) ? request.description() : null,
                fields.contains(PersonalField.ANSWERS) ? request.answers() : null);
    }
}
