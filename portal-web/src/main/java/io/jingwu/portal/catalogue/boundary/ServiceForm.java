package io.jingwu.portal.catalogue.boundary;

import io.jingwu.api.catalogue.boundary.Catalogue;
import io.jingwu.api.catalogue.boundary.PublishedService;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.entity.RequestType;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a request form the service catalogue generates ({@code WEB-INF/includes/service-fields.xhtml}): a type,
 * one of its active services, and an answer to each of the service's fields, asked as its data type wants with the
 * catalogue's label and help in the page's language. The citizen's portal and the clerk's phone entry both hold one,
 * so that every channel asks the same questions under the same rules ({@code AnswersValidator}); it also keeps the
 * refusals of the last submission, by the API's field names ({@code description}, {@code fields.employerName}).
 */
@Dependent
public class ServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    LanguageSelection language;

    private RequestType type;
    private String category;
    private Map<String, Object> answers = new HashMap<>();
    private Map<String, String> errors = Map.of();

    /** Starts on a type with its first service chosen, as a citizen who names no type means the most common one. */
    public void start(RequestType initial) {
        type = initial;
        typeChanged();
    }

    /** The types that have an active service, in the catalogue's order. */
    public List<RequestType> getTypes() {
        return services(null).stream().map(PublishedService::type).distinct().toList();
    }

    /** The active services of the chosen type. */
    public List<PublishedService> getServices() {
        return type == null ? List.of() : services(type);
    }

    /** The chosen service as the catalogue publishes it now, or null before one is chosen. */
    public PublishedService getService() {
        if (type == null || category == null) {
            return null;
        }
        return catalogue.published(type.name(), category, language.current(), false).orElse(null);
    }

    /** A new type offers its own services: the first is chosen, and answers to another service's fields go. */
    public void typeChanged() {
        List<PublishedService> offered = getServices();
        category = offered.isEmpty() ? null : offered.get(0).category();
        serviceChanged();
    }

    public void serviceChanged() {
        answers = new HashMap<>();
        errors = Map.of();
    }

    /** Empties the answers and refusals for the next request, keeping the type and service. */
    public void clear() {
        serviceChanged();
    }

    /** The answers given to the chosen service's fields: an empty input is no answer. */
    public Map<String, Object> given() {
        Map<String, Object> given = new LinkedHashMap<>();
        PublishedService service = getService();
        if (service == null) {
            return given;
        }
        for (PublishedService.Field field : service.fields()) {
            Object answer = answers.get(field.code());
            boolean empty = answer == null
                    || (answer instanceof String s && s.isBlank())
                    || (answer instanceof Collection<?> c && c.isEmpty())
                    || (answer instanceof Object[] a && a.length == 0);
            if (!empty) {
                given.put(field.code(), answer instanceof Object[] a ? List.of(a) : answer);
            }
        }
        return given;
    }

    /** Keeps each refusal by its field, several of one field in one line. */
    public void refused(InvalidInputException e, Language in) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            shown.merge(error.field(), error.message(in), (a, b) -> a + " " + b);
        }
        errors = shown;
    }

    /** A refusal of the request as a whole (by the empty field name), replacing any earlier ones. */
    public void refused(String message) {
        errors = Map.of("", message);
    }

    public void accepted() {
        errors = Map.of();
    }

    /** The refusal of one input ({@code description}, {@code fields.employerName}, ...), or null. */
    public String errorOf(String field) {
        return errors.get(field);
    }

    /**
     * Refusals of the request as a whole, or of inputs the page does not show.
     *
     * @param pageFields the API field names the page shows beside their own inputs, besides the service's
     */
    public List<String> otherErrors(Set<String> pageFields) {
        PublishedService service = getService();
        return errors.entrySet().stream()
                .filter(e -> !pageFields.contains(e.getKey()) && !"type".equals(e.getKey())
                        && !"category".equals(e.getKey())
                        && (service == null || service.fields().stream()
                                .noneMatch(f -> e.getKey().equals("fields." + f.code()))))
                .map(Map.Entry::getValue)
                .toList();
    }

    private List<PublishedService> services(RequestType ofType) {
        return catalogue.published(ofType, language.current(), false).services();
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** The type's name for a request, or null. */
    public String typeName() {
        return type == null ? null : type.name();
    }

    public Map<String, Object> getAnswers() {
        return answers;
    }
}
