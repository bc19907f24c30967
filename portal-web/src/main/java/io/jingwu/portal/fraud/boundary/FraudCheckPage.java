package io.jingwu.portal.fraud.boundary;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.fraud.checks.boundary.CheckInput;
import io.jingwu.api.fraud.checks.boundary.FraudChecks;
import io.jingwu.api.fraud.checks.boundary.FraudChecks.CheckType;
import io.jingwu.api.fraud.checks.control.CheckAllowance;
import io.jingwu.api.fraud.checks.control.NotCheckableException;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /fraud/check.xhtml}: "Is this a scam?" The citizen chooses what to check, gives it, and reads the verdict.
 * The rules and the allowance per client address are the API's ({@code POST /api/v1/fraud/checks}): the page shows
 * each refusal beside its input, and a used-up allowance as a message. Nothing checked is stored.
 */
@Named("fraudCheck")
@ViewScoped
public class FraudCheckPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The API fields the page shows beside an input of their own; any other refusal is shown above the button. */
    private static final Set<String> SHOWN_BESIDE = Set.of("type", "value", "fields.kind", "fields.name",
            "fields.unit", "fields.badge", "fields.phone", "fields.said");

    @Inject
    FraudChecks checks;

    @Inject
    CheckAllowance allowance;

    @Inject
    ClientAddress clientAddress;

    @Inject
    LanguageSelection language;

    private final CheckEntry entry = new CheckEntry();
    /** The refusals of the last check, by the API's field names. */
    private Map<String, String> errors = Map.of();
    /** Why the last check was not made (the allowance used up), in the citizen's language. */
    private String notice;
    private VerdictCard verdict;

    public void check() {
        Language lang = language.current();
        CheckInput input = entry.input(lang.tag());
        forget();
        try {
            checks.requireValid(input);
            if (!allowance.tryCheck(clientAddress())) {
                notice = Refusal.of(429, "too-many-fraud-checks").detail(lang);
                failed();
                return;
            }
            verdict = VerdictCard.of(checks.check(input), lang);
        } catch (InvalidInputException e) {
            errors = FieldMessages.byField(e, lang);
            failed();
        } catch (NotCheckableException e) {
            errors = Map.of(entry.fieldRefused(e.refusal().type()), e.refusal().detail(lang));
            failed();
        }
    }

    /** Another kind of check: the verdict and refusals of the last one no longer apply. */
    public void typeChanged() {
        forget();
    }

    private void forget() {
        errors = Map.of();
        notice = null;
        verdict = null;
    }

    /** The refusal of one API field ({@code value}, {@code fields.phone}, ...), or null. */
    public String errorOf(String field) {
        return errors.get(field);
    }

    /** Refusals of no input of the page. */
    public List<String> getOtherErrors() {
        return errors.entrySet().stream().filter(error -> !SHOWN_BESIDE.contains(error.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** In the order the page offers them: what most citizens bring first. */
    public List<CheckType> getTypes() {
        return List.of(CheckType.TEXT, CheckType.PHONE, CheckType.URL, CheckType.ACCOUNT, CheckType.OFFICER);
    }

    public List<String> getAccountKinds() {
        return CheckEntry.ACCOUNT_KINDS;
    }

    /** The request type the report page files a fraud under, as it names it. */
    public RequestType getReportType() {
        return RequestType.FRAUD_REPORT;
    }

    private static void failed() {
        FacesContext.getCurrentInstance().validationFailed();
    }

    private String clientAddress() {
        return clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public CheckEntry getEntry() {
        return entry;
    }

    public String getNotice() {
        return notice;
    }

    public VerdictCard getVerdict() {
        return verdict;
    }
}
