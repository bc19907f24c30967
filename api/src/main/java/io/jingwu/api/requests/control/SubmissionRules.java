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
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.platform.validation.Texts;
import io.jingwu.api.platform.validation.Violations;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that decides whether a submitted request is acceptable, for every channel: the rules declared on
 * {@link RequestInput} and those that need the catalogue or the divisions; all problems are reported at once, one
 * per field, and nothing is stored unless all rules pass.
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

    @Inject
    InputCheck inputs;

    public Submission check(RequestInput input, Channel channel, Language fallback) {
        if (input == null) {
            throw new InvalidInputException(List.of(FieldError.of("body", "request.body.required")));
        }
        List<FieldError> errors = new ArrayList<>(inputs.errors(input));
        Set<String> invalid = errors.stream().map(FieldError::field).collect(Collectors.toSet());

        RequestType type = null;
        if (!invalid.contains("type")) {
            if (RequestType.isKnown(input.type())) {
                type = RequestType.valueOf(input.type());
            } else {
                errors.add(FieldError.of("type", "request.type.unknown", allowedTypes()));
            }
        }

        String category = Texts.stripped(input.category());
        ServiceDefinition service = null;
        if (!invalid.contains("category") && type != null) {
            service = service(type, category, errors);
        }

        String divisionCode = Texts.stripped(input.divisionCode());
        if (!invalid.contains("divisionCode") && divisions.find(divisionCode).isEmpty()) {
            errors.add(FieldError.of("divisionCode", "request.divisionCode.unknown", divisionCode));
        }

        Language language = fallback;
        if (!Texts.isBlank(input.lang())) {
            Optional<Language> chosen = Language.fromTag(input.lang());
            if (chosen.isEmpty()) {
                errors.add(FieldError.of("lang", "request.lang.unknown", Language.allTags()));
            } else {
                language = chosen.get();
            }
        }

        Map<String, Object> checkedAnswers = Map.of();
        if (!invalid.contains("fields") && service != null) {
            AnswersValidator.Verdict verdict = answers.check(service, input.fields());
            errors.addAll(verdict.errors());
            checkedAnswers = verdict.answers();
        }

        if (!errors.isEmpty()) {
            throw new InvalidInputException(Violations.inDeclaredOrder(RequestInput.class, errors));
        }
        return new Submission(type, service.category(), Texts.stripped(input.description()), divisionCode,
                Texts.stripped(input.address()), Texts.stripped(input.contactName()),
                PhoneNumbers.normalise(input.contactPhone()).orElseThrow(), language, channel, checkedAnswers,
                service.defaultPriority());
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
}
