package io.jingwu.portal.report.boundary;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.requests.boundary.Requests;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.RequestType;
import io.jingwu.portal.catalogue.boundary.ServiceForm;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The report form of {@code index.xhtml}: the catalogue's questions ({@link ServiceForm}), then what happened,
 * where, and how to reach the citizen. The rules are the API's own ({@code SubmissionRules},
 * {@code AnswersValidator}): the page shows each broken rule beside its field, in the visitor's language.
 */
@Named("reportForm")
@ViewScoped
public class ReportForm implements Serializable {

    private static final int SUGGESTIONS = 15;

    /** The inputs the page shows besides the catalogue's, by the API's field names. */
    private static final Set<String> PAGE_FIELDS =
            Set.of("description", "divisionCode", "address", "contactName", "contactPhone");

    @Inject
    ServiceForm form;

    @Inject
    Requests requests;

    @Inject
    Divisions divisions;

    @Inject
    LanguageSelection language;

    private String description;
    private DivisionChoice division;
    private String address;
    private String contactName;
    private String contactPhone;
    private RequestReceipt receipt;

    /** Most residents come with a dispute: the form opens on it. */
    @PostConstruct
    void open() {
        form.start(RequestType.DISPUTE);
    }

    public void submit() {
        RequestInput input = new RequestInput(form.typeName(), form.getCategory(), description,
                division == null ? null : division.code(), address, contactName, contactPhone,
                language.current().tag(), form.given());
        try {
            receipt = requests.submit(input, Channel.PORTAL, language.current());
            form.accepted();
        } catch (InvalidInputException e) {
            form.refused(e, language.current());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Clears the form for the next report, keeping the service, the place and the contact the citizen just gave. */
    public void startAnother() {
        receipt = null;
        description = null;
        form.clear();
    }

    /** Refusals of the report as a whole, or of inputs the form does not show. */
    public List<String> getOtherErrors() {
        return form.otherErrors(PAGE_FIELDS);
    }

    public List<DivisionChoice> completeDivision(String query) {
        return divisions.search(query, SUGGESTIONS);
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

    public RequestReceipt getReceipt() {
        return receipt;
    }
}
