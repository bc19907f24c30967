package io.jingwu.portal.report.boundary;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.requests.boundary.Requests;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.portal.forms.boundary.RequestForm;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The report form of {@code index.xhtml} ({@link RequestForm}), sent in the visitor's language. The rules are the
 * API's own: the page shows each broken rule beside its field.
 */
@Named("reportForm")
@ViewScoped
public class ReportForm implements Serializable {

    @Inject
    RequestForm form;

    @Inject
    Requests requests;

    @Inject
    LanguageSelection language;

    private RequestReceipt receipt;

    /**
     * Most residents come with a dispute: the form opens on it, unless the link that brought them names the type
     * ({@code ?type=FRAUD_REPORT} from the anti-fraud check).
     */
    @PostConstruct
    void open() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("type");
        form.start(asked != null && RequestType.isKnown(asked) && form.offers(RequestType.valueOf(asked))
                ? RequestType.valueOf(asked) : RequestType.DISPUTE);
    }

    public void submit() {
        try {
            receipt = requests.submit(form.input(language.current().tag()), Channel.PORTAL, language.current());
            form.accepted();
        } catch (InvalidInputException e) {
            form.refused(e, language.current());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Clears the form for the next report, keeping the service, the place and the contact the citizen just gave. */
    public void startAnother() {
        receipt = null;
        form.clear();
    }

    public RequestForm getForm() {
        return form;
    }

    public RequestReceipt getReceipt() {
        return receipt;
    }
}
