package io.jingwu.api.requests.control;

import java.util.Map;

/**
 * A request as a channel collected it, not yet checked: the JSON body of {@code POST /api/v1/requests}, the
 * portal form, later the kiosk and the chatbot. Unknown JSON members are ignored.
 *
 * @param fields answers keyed by the service catalogue's field codes
 */
public record RequestInput(String type,
                           String category,
                           String description,
                           String divisionCode,
                           String address,
                           String contactName,
                           String contactPhone,
                           String lang,
                           Map<String, Object> fields) {
}
