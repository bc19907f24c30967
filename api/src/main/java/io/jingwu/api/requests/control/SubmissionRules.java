package io.jingwu.api.requests.control;

import io.jingwu.api.catalogue.control.AnswersValidator;
import io.jingwu.api.catalogue.control.ServiceCatalogue;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.personal.PhoneNumbers;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place that decides whether a submitted request is acceptable, for every channel: all problems are
 * reported at once, each against its field, and nothing is stored unless all rules pass.
 * <p>
 * A request is for one service of the catalogue: its {@code category} must name an active service of its type;
 * a request that names no category is for the type's {@value ServiceDefinition#GENERAL} service (in the
 * reference data it requires no answer), so a channel that does not know the catalogue yet still works; if an
 * admin withdraws a type's general service, a category becomes required for that type. The answers
 * ({@code fields}) are then checked against that service by the catalogue's {@link AnswersValidator}, and the
 * request starts with the service's default priority.
 */
@ApplicationScoped
public class SubmissionRules {

    static final int DESCRIPTION_MIN = 5;
    static final int DESCRIPTION_MAX = 2000;
    static final int NAME_MAX = 50;
    static final int ADDRESS_MAX = 300;
    static final int CATEGORY_MAX = 64;
    static final int ANSWERS_MAX = 50;

    @Inject
    Divisions divisions;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    AnswersValidator answers;

    public Submission check(RequestInput input, Channel channel, Language fallback) {
        if (input == null) {
            throw new InvalidInputException(List.of(FieldError.of("body", "request.body.required")));
        }
        List<FieldError> errors = new ArrayList<>();

        RequestType type = null;
        if (blank(input.type())) {
            errors.add(FieldError.of("type", "request.type.required"));
        } else if (!RequestType.isKnown(input.type())) {
            errors.add(FieldError.of("type", "request.type.unknown", allowedTypes()));
        } else {
            type = RequestType.valueOf(input.type());
        }

        String category = trimmed(input.category());
        ServiceDefinition service = null;
        if (category != null && category.length() > CATEGORY_MAX) {
            errors.add(FieldError.of("category", "request.category.length", CATEGORY_MAX));
        } else if (type != null) {
            service = service(type, category, errors);
        }

        String description = trimmed(input.description());
        if (description == null) {
            errors.add(FieldError.of("description", "request.description.required"));
        } else if (length(description) < DESCRIPTION_MIN || length(description) > DESCRIPTION_MAX) {
            errors.add(FieldError.of("description", "request.description.length", DESCRIPTION_MIN, DESCRIPTION_MAX));
        }

        String divisionCode = trimmed(input.divisionCode());
        if (divisionCode == null) {
            errors.add(FieldError.of("divisionCode", "request.divisionCode.required"));
        } else if (!Divisions.isWellFormed(divisionCode)) {
            errors.add(FieldError.of("divisionCode", "request.divisionCode.format"));
        } else if (divisions.find(divisionCode).isEmpty()) {
            errors.add(FieldError.of("divisionCode", "request.divisionCode.unknown", divisionCode));
        }

        String address = trimmed(input.address());
        if (address != null && length(address) > ADDRESS_MAX) {
            errors.add(FieldError.of("address", "request.address.length", ADDRESS_MAX));
        }

        String name = trimmed(input.contactName());
        if (name == null) {
            errors.add(FieldError.of("contactName", "request.contactName.required"));
        } else if (length(name) > NAME_MAX) {
            errors.add(FieldError.of("contactName", "request.contactName.length", NAME_MAX));
        }

        Optional<String> phone = PhoneNumbers.normalise(input.contactPhone());
        if (blank(input.contactPhone())) {
            errors.add(FieldError.of("contactPhone", "request.contactPhone.required"));
        } else if (phone.isEmpty()) {
            errors.add(FieldError.of("contactPhone", "request.contactPhone.invalid"));
        }

        Language language = fallback;
        if (!blank(input.lang())) {
            Optional<Language> chosen = Language.fromTag(input.lang());
            if (chosen.isEmpty()) {
                errors.add(FieldError.of("lang", "request.lang.unknown", Language.allTags()));
            } else {
                language = chosen.get();
            }
        }

        Map<String, Object> checkedAnswers = Map.of();
        if (input.fields() != null && input.fields().size() > ANSWERS_MAX) {
            errors.add(FieldError.of("fields", "request.fields.tooMany", ANSWERS_MAX));
        } else if (service != null) {
            AnswersValidator.Verdict verdict = answers.check(service, input.fields());
            errors.addAll(verdict.errors());
            checkedAnswers = verdict.answers();
        }

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Submission(type, service.category(), description, divisionCode, address, name, phone.orElseThrow(),
                language, channel, checkedAnswers, service.defaultPriority());
    }

    /** The active service the request is for, or null with the reason added to the errors. */
    private ServiceDefinition service(RequestType type, String category, List<FieldError> errors) {
        ServiceCatalogue.Snapshot services = catalogue.current();
        String wanted = category == null ? ServiceDefinition.GENERAL : category.toLowerCase(Locale.ROOT);
        Optional<ServiceDefinition> service = services.find(type, wanted).filter(ServiceDefinition::isActive);
        if (service.isPresent()) {
            return service.get();
        }
        String offered = String.join(", ", services.activeCategories(type));
        errors.add(category == null
                ? FieldError.of("category", "request.category.required", offered)
                : FieldError.of("category", "request.category.unknown", category, offered));
        return null;
    }

    private static String allowedTypes() {
        return Arrays.stream(RequestType.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    /** In characters as a person counts them: 𠮷 is one, not two UTF-16 units. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
