package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.TextLength;

/**
 * A warning as an anti-fraud centre writes it: the body of {@code POST /api/v1/fraud/warnings}. The area and the
 * scam kind are checked as code ({@link WarningRules}), as is the length of the text message each text makes.
 *
 * @param divisionCode a county's code, or a city's code or prefix ({@code 330522}, {@code 330500}, {@code 3305})
 * @param texts        the warning in Chinese (required), English and Russian
 * @param scamKind     optional: the kind of scam it warns of ({@code FAKE_CUSTOMER_SERVICE} or
 *                     {@code fake-customer-service})
 */
public record WarningInput(@Required(message = "{fraud.warnings.divisionCode.required}") String divisionCode,
                           @Required(message = "{fraud.warnings.texts.required}") Texts texts,
                           String scamKind) {

    /** The longest text taken in any language, before the text message it makes is measured. */
    public static final int TEXT_MAX = 500;

    public record Texts(@Required(message = "{fraud.warnings.texts.zh.required}")
                        @TextLength(max = TEXT_MAX, message = "{fraud.warnings.text.length}") String zh,
                        @TextLength(max = TEXT_MAX, message = "{fraud.warnings.text.length}") String en,
                        @TextLength(max = TEXT_MAX, message = "{fraud.warnings.text.length}") String ru) {
    }
}
