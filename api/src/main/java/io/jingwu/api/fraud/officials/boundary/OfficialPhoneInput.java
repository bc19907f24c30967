package io.jingwu.api.fraud.officials.boundary;

import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.TextLength;

/**
 * A published police number: the body of {@code POST /api/v1/admin/official-phones}.
 *
 * @param phone    as the unit publishes it (0572-2695110, 110, 96110)
 * @param unitCode the unit whose number it is; none for a national line
 * @param source   where it is published (the bureau's website, a notice), so that the next administrator can check it
 */
public record OfficialPhoneInput(@Required(message = "{fraud.official.phone.required}") String phone,
                                 String unitCode,
                                 @Required(message = "{fraud.official.label.required}")
                                 @TextLength(max = 128, message = "{fraud.official.label.length}") String labelZh,
                                 @Required(message = "{fraud.official.label.required}")
                                 @TextLength(max = 200, message = "{fraud.official.label.length}") String labelEn,
                                 @TextLength(max = 200, message = "{fraud.official.label.length}") String labelRu,
                                 @Required(message = "{fraud.official.source.required}")
                                 @TextLength(max = 200, message = "{fraud.official.source.length}") String source) {
}
