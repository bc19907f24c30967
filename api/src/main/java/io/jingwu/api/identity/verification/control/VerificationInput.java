package io.jingwu.api.identity.verification.control;

import io.jingwu.api.platform.validation.Phone;
import io.jingwu.api.platform.validation.Required;

import java.util.Map;

/**
 * A verification as a channel collected it, not yet checked (the JSON body of
 * {@code POST /api/v1/identity/verifications}, the portal page, the chatbot). The rules declared here hold for every
 * channel; those that depend on the document, or need the divisions, are {@link VerificationRules}'.
 *
 * @param kind         the document kind, as for the document checks
 * @param value        the number or machine-readable zone
 * @param fields       a typed passport's fields
 * @param name         the holder's name; may be left out when the document carries it (zones, typed passports)
 * @param birthDate    yyyy-mm-dd; may be left out when the document carries it
 * @param divisionCode where the holder lives: the office there takes it up when the registry cannot confirm them
 */
public record VerificationInput(String kind, String value, Map<String, String> fields, String name, String birthDate,
                                @Required(message = "{verification.phone.required}")
                                @Phone(message = "{request.contactPhone.invalid}")
                                String phone,
                                @Required(message = "{verification.divisionCode.required}")
                                String divisionCode,
                                String lang) {

    @Override
    public String toString() {
        return "VerificationInput[" + kind + "]";
    }
}
