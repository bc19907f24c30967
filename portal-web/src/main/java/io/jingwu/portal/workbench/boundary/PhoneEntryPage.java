package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.requests.boundary.StaffRequests;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.entity.ForbiddenMove;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.portal.catalogue.boundary.ServiceForm;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code /workbench/phone.xhtml}: a clerk enters a request taken by phone through the catalogue's form
 * ({@link ServiceForm}), then the place and the caller. The rules are every channel's rules
 * ({@code SubmissionRules}, {@code AnswersValidator}): each broken one is shown beside its field.
 */
@Named("phoneEntry")
@ViewScoped
public class PhoneEntryPage implements Serializable {

    private static final int SUGGESTIONS = 15;

    /** The inputs the page shows besides the catalogue's, by the API's field names. */
    private static final Set<String> PAGE_FIELDS =
            Set.of("description", "divisionCode", "address", "contactName", "contactPhone");

    @Inject
    ServiceForm form;

    @Inject
    StaffRequests staffRequests;

    @Inject
    Divisions divisions;

    @Inject
    CurrentStaff staff;

    @Inject
    LanguageSelection language;

    private String description;
    private DivisionChoice division;
    private String address;
    private String contactName;
    private String contactPhone;
    private Language citizenLanguage = Language.ZH;
    private RequestReceipt receipt;

    public void submit() {
        RequestInput input = new RequestInput(form.typeName(), form.getCategory(), description,
                division == null ? null : division.code(), address, contactName, contactPhone,
                citizenLanguage.tag(), form.given());
        try {
            receipt = staffRequests.enterByPhone(input, staff.actor(), language.current());
            form.accepted();
        } catch (InvalidInputException e) {
            form.refused(e, language.current());
        } catch (ForbiddenMove e) {
            form.refused(Messages.text(language.current(), "problem.forbidden.detail"));
        }
    }

    /** Clears the form for the next call. */
    public void startAnother() {
        receipt = null;
        form.clear();
        description = null;
        division = null;
        address = null;
        contactName = null;
        contactPhone = null;
        citizenLanguage = Language.ZH;
    }

    /** Refusals of the request as a whole, or of inputs the form does not show. */
    public List<String> getOtherErrors() {
        return form.otherErrors(PAGE_FIELDS);
    }

    public List<DivisionChoice> completeDivision(String query) {
        return divisions.search(query, SUGGESTIONS);
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public ServiceForm getForm() {
        return form;
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
