package io.jingwu.portal.forms.boundary;

import io.jingwu.api.catalogue.boundary.Catalogue;
import io.jingwu.api.catalogue.boundary.PublishedService;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.control.RequestInput;
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
 * A request as a form collects it, whichever channel: first the part the service catalogue generates
 * ({@code WEB-INF/includes/service-fields.xhtml}) — a type, one of its active services, and an answer to each of the
 * service's fields, asked as its data type wants with the catalogue's label and help in the page's language — then
 * what happened, where, and whom to call back. The citizen's portal and the clerk's phone entry both hold one, so
 * that every channel asks the same questions under the same rules ({@code SubmissionRules}, {@code AnswersValidator});
 * it also keeps the refusals of the last submission, by the API's field names ({@code description},
 * {@code fields.employerName}).
 */
@Dependent
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SUGGESTIONS = 15;

    /** The inputs shown beside their own refusal, besides the service's questions, by the API's field names. */
    private static final Set<String> SHOWN_FIELDS =
            Set.of("type", "category", "description", "divisionCode", "address", "contactName", "contactPhone");

    @Inject
    Catalogue catalogue;

    @Inject
    Divisions divisions;

    @Inject
    LanguageSelection language;

    private RequestType type;
    private String category;
    private Map<String, Object> answers = new HashMap<>();
    private String description;
    private DivisionChoice division;
    private String address;
    private String contactName;
    private String contactPhone;
    private Map<String, String> errors = Map.of();

    /** Starts on a type with its first service chosen, as a citizen who names no type means the most common one. */
    public void start(RequestType initial) {
        type = initial;
        typeChanged();
    }

    /** Whether the catalogue has an active service of the type. */
    public boolean offers(RequestType candidate) {
        return getTypes().contains(candidate);
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

    /** Empties what was said for the next request, keeping the service, the place and the caller. */
    public void clear() {
        serviceChanged();
        description = null;
    }

    /** Forgets the place and the caller too (the next phone call is somebody else's). */
    public void forgetCaller() {
        division = null;
        address = null;
        contactName = null;
        contactPhone = null;
    }

    /** The request as the API takes it. */
    public RequestInput input(String citizenLanguage) {
        return new RequestInput(type == null ? null : type.name(), category, description,
                division == null ? null : division.code(), address, contactName, contactPhone, citizenLanguage,
                given());
    }

    public List<DivisionChoice> completeDivision(String query) {
        return divisions.search(query, SUGGESTIONS);
    }

    /** The answers given to the chosen service's fields: an empty input is no answer. */
    private Map<String, Object> given() {
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
        errors = FieldMessages.byField(e, in);
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

    /** Refusals of the request as a whole, or of inputs the form does not show. */
    public List<String> getOtherErrors() {
        PublishedService service = getService();
        return errors.entrySet().stream()
                .filter(e -> !SHOWN_FIELDS.contains(e.getKey())
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

    public Map<String, Object> getAnswers() {
        return answers;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public DivisionChoice getDivision() {
        return division;
    }

    public void setDivision(DivisionChoice division) {
        this.division = division;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
