package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.catalogue.boundary.Catalogue;
import io.jingwu.api.catalogue.boundary.PublishedService;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.requests.boundary.StaffRequests;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.entity.ForbiddenMove;
import io.jingwu.api.requests.entity.RequestType;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /workbench/phone.xhtml}: a clerk enters a request taken by phone. The form is the catalogue's own: the
 * clerk picks a type and one of its active services, and each of the service's fields is asked as its data type
 * wants, with the catalogue's label and help in the clerk's language. The rules are every channel's rules
 * ({@code SubmissionRules}, {@code AnswersValidator}): each broken one is shown beside its field.
 */
@Named("phoneEntry")
@ViewScoped
public class PhoneEntryPage implements Serializable {

    private static final int SUGGESTIONS = 15;

    /** The key under which a refusal of no particular field is shown, above the button. */
    static final String GENERAL = "";

    @Inject
    Catalogue catalogue;

    @Inject
    StaffRequests staffRequests;

    @Inject
    Divisions divisions;

    @Inject
    CurrentStaff staff;

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
    private Language citizenLanguage = Language.ZH;
    private Map<String, String> errors = Map.of();
    private RequestReceipt receipt;

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

    public void submit() {
        PublishedService service = getService();
        RequestInput input = new RequestInput(type == null ? null : type.name(), category, description,
                division == null ? null : division.code(), address, contactName, contactPhone,
                citizenLanguage.tag(), given(service));
        try {
            receipt = staffRequests.enterByPhone(input, staff.actor(), language.current());
            errors = Map.of();
        } catch (InvalidInputException e) {
            Map<String, String> shown = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                shown.merge(error.field(), error.message(language.current()), (a, b) -> a + " " + b);
            }
            errors = shown;
        } catch (ForbiddenMove e) {
            errors = Map.of(GENERAL, Messages.text(language.current(), "problem.forbidden.detail"));
        }
    }

    /** Clears the form for the next call. */
    public void startAnother() {
        receipt = null;
        answers = new HashMap<>();
        description = null;
        division = null;
        address = null;
        contactName = null;
        contactPhone = null;
        citizenLanguage = Language.ZH;
        errors = Map.of();
    }

    /** The refusal of one input ({@code description}, {@code fields.employerName}, ...), or null. */
    public String errorOf(String field) {
        return errors.get(field);
    }

    /** Refusals of the request as a whole, or of inputs the form does not show. */
    public List<String> getOtherErrors() {
        return errors.entrySet().stream().filter(e -> !shownBesideAField(e.getKey())).map(Map.Entry::getValue).toList();
    }

    public List<DivisionChoice> completeDivision(String query) {
        return divisions.search(query, SUGGESTIONS);
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    private boolean shownBesideAField(String field) {
        if (List.of("type", "category", "description", "divisionCode", "address", "contactName", "contactPhone")
                .contains(field)) {
            return true;
        }
        PublishedService service = getService();
        return service != null && service.fields().stream().anyMatch(f -> field.equals("fields." + f.code()));
    }

    /** The answers the clerk gave to the chosen service's fields: an empty input is no answer. */
    private Map<String, Object> given(PublishedService service) {
        Map<String, Object> given = new LinkedHashMap<>();
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

    public Language getCitizenLanguage() {
        return citizenLanguage;
    }

    public void setCitizenLanguage(Language citizenLanguage) {
        this.citizenLanguage = Objects.requireNonNullElse(citizenLanguage, Language.ZH);
    }

    public RequestReceipt getReceipt() {
        return receipt;
    }
}
