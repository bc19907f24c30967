package io.jingwu.api.fraud.checks.boundary;

import io.jingwu.api.fraud.checks.control.AccountCheck;
import io.jingwu.api.fraud.checks.control.LinkCheck;
import io.jingwu.api.fraud.checks.control.OfficerCheck;
import io.jingwu.api.fraud.checks.control.PhoneCheck;
import io.jingwu.api.fraud.checks.control.TextCheck;
import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The anti-fraud checks, for every channel (the API, the portal's page, the chatbot): the input's rules, then the
 * check of its type. Stores nothing of what was checked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FraudChecks {

    /** What can be checked, as the API names it. */
    public enum CheckType {
        TEXT, PHONE, URL, ACCOUNT, OFFICER;

        static Optional<CheckType> parse(String text) {
            return text == null ? Optional.empty() : Arrays.stream(values())
                    .filter(type -> type.name().equalsIgnoreCase(text.strip())).findFirst();
        }

        static String listed() {
            return Arrays.stream(values()).map(type -> type.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
    }

    @Inject
    InputCheck inputCheck;

    @Inject
    PhoneCheck phones;

    @Inject
    AccountCheck accounts;

    @Inject
    OfficerCheck officers;

    @Inject
    LinkCheck links;

    @Inject
    TextCheck texts;

    /**
     * @throws InvalidInputException when the input breaks a rule (type, lengths, a missing value)
     * @throws io.jingwu.api.fraud.checks.control.NotCheckableException when the value has no shape of its type
     */
    public Verdict check(CheckInput input) {
        requireValid(input);
        return switch (CheckType.parse(input.type()).orElseThrow()) {
            case PHONE -> phones.check(input.value());
            case ACCOUNT -> accounts.check(input.field("kind"), input.value());
            case OFFICER -> officers.check(input.field("phone"), input.field("said"));
            case URL -> links.check(input.value());
            case TEXT -> texts.check(input.value());
        };
    }

    /** @throws InvalidInputException with every broken rule */
    public void requireValid(CheckInput input) {
        if (input == null) {
            throw new InvalidInputException(List.of(typeUnknown()));
        }
        List<FieldError> errors = new ArrayList<>(inputCheck.errors(input));
        Optional<CheckType> type = CheckType.parse(input.type());
        if (type.isEmpty()) {
            errors.add(typeUnknown());
        } else if (type.get() != CheckType.OFFICER && (input.value() == null || input.value().isBlank())) {
            errors.add(FieldError.of("value", "fraud.value.required"));
        }
        if (input.fields() != null) {
            for (Map.Entry<String, String> field : input.fields().entrySet()) {
                if (field.getValue() != null && field.getValue().length() > CheckInput.FIELD_MAX) {
                    errors.add(FieldError.of("fields." + field.getKey(), "fraud.field.length", CheckInput.FIELD_MAX));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static FieldError typeUnknown() {
        return FieldError.of("type", "fraud.type.unknown", CheckType.listed());
    }
}
