package io.jingwu.api.requests.control;

import io.jingwu.api.platform.validation.DivisionCode;
import io.jingwu.api.platform.validation.MaxItems;
import io.jingwu.api.platform.validation.Phone;
import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.TextLength;

import java.util.Map;

/**
 * A request as a channel collected it, not yet checked: the JSON body of {@code POST /api/v1/requests}, the
 * portal form, later the kiosk and the chatbot. Unknown JSON members are ignored. The rules declared here hold for
 * every channel; those that need the catalogue or the divisions are {@link SubmissionRules}'.
 *
 * @param fields answers keyed by the service catalogue's field codes
 */
public record RequestInput(@Required(message = "{request.type.required}")
                           String type,
                           @TextLength(max = SubmissionRules.CATEGORY_MAX, message = "{request.category.length}")
                           String category,
                           @Required(message = "{request.description.required}")
                           @TextLength(min = SubmissionRules.DESCRIPTION_MIN, max = SubmissionRules.DESCRIPTION_MAX,
                                   message = "{request.description.length}")
                           String description,
                           @Required(message = "{request.divisionCode.required}")
                           @DivisionCode(message = "{request.divisionCode.format}")
                           String divisionCode,
                           @TextLength(max = SubmissionRules.ADDRESS_MAX, message = "{request.address.length}")
                           String address,
                           @Required(message = "{request.contactName.required}")
                           @TextLength(max = SubmissionRules.NAME_MAX, message = "{request.contactName.length}")
                           String contactName,
                           @Required(message = "{request.contactPhone.required}")
                           @Phone(message = "{request.contactPhone.invalid}")
                           String contactPhone,
                           String lang,
                           @MaxItems(max = SubmissionRules.ANSWERS_MAX, message = "{request.fields.tooMany}")
                           Map<String, Object> fields) {
}
