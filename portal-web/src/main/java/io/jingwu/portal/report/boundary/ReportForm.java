package io.jingwu.portal.report.boundary;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.requests.boundary.Requests;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.RequestType;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The report form of {@code index.xhtml}. The rules are the API's own ({@code SubmissionRules}): the page
 * shows each broken rule beside its field, in the visitor's language.
 */
@Named("reportForm")
@ViewScoped
public class ReportForm implements Serializable {

    private static final int SUGGESTIONS = 15;

    /** API field name to the id of the component that collects it. */
    private static final Map<String, String> COMPONENTS = Map.of(
            "type", "type",
            "description", "description",
            "divisionCode", "division",
            "address", "address",
            "contactName", "contactName",
            "contactPhone", "contactPhone");

    @Inject
    Requests requests;

    @Inject
    Divisions divisions;

    @Inject
    LanguageSelection language;

    private RequestType type = RequestType.DISPUTE;
    private String description;
    private DivisionChoice division;
    private String address;
    private String contactName;
    private String contactPhone;
    private RequestReceipt receipt;

    public void submit() {
        FacesContext context = FacesContext.getCurrentInstance();
        RequestInput input = new RequestInput(type == null ? null : type.name(), null, description,
                division == null ? null : division.code(), address, contactName, contactPhone,
                language.current().tag(), Map.of());
        try {
            receipt = requests.submit(input, Channel.PORTAL, language.current());
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                String component = COMPONENTS.get(error.field());
                String message = error.message(language.current());
                context.addMessage(component == null ? null : "report:" + component,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            }
            context.validationFailed();
        }
    }

    /** Clears the form for the next report, keeping the place and contact the citizen just gave. */
    public void startAnother() {
        receipt = null;
        description = null;
        type = RequestType.DISPUTE;
    }

    public List<DivisionChoice> completeDivision(String query) {
        return divisions.search(query, SUGGESTIONS);
    }

    public List<RequestType> getTypes() {
        return List.of(RequestType.values());
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
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

    public RequestReceipt getReceipt() {
        return receipt;
    }
}
