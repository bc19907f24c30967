package io.jingwu.api.fraud.checks.boundary;

import io.jingwu.api.platform.validation.MaxItems;
import io.jingwu.api.platform.validation.TextLength;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/fraud/checks} (a contract: outside clients rely on it).
 *
 * @param type   {@code text}, {@code phone}, {@code url}, {@code account} or {@code officer}; checked as code, as its
 *               message lists the types
 * @param value  what to check: the message, number, link or account; for {@code officer} not needed
 * @param fields for {@code account} its {@code kind} (bank-card, alipay, wechat, qq, app); for {@code officer} what
 *               the caller claimed: {@code name}, {@code unit}, {@code badge}, {@code phone}, and {@code said}, what
 *               they asked for
 * @param lang   zh, en or ru
 */
public record CheckInput(String type,
                         @TextLength(max = CheckInput.VALUE_MAX, message = "{fraud.value.length}") String value,
                         @MaxItems(max = CheckInput.FIELDS_MAX) Map<String, String> fields,
                         String lang) {

    /** A long chat history pasted whole still fits; a book does not. */
    public static final int VALUE_MAX = 5000;
    public static final int FIELDS_MAX = 8;
    public static final int FIELD_MAX = 1000;

    public String field(String name) {
        return fields == null ? null : fields.get(name);
    }
}
