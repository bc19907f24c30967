package io.jingwu.portal.identity.boundary;

import io.jingwu.api.citizens.boundary.RequestProgress;
import io.jingwu.api.citizens.boundary.RequestStatusView;
import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.identity.credentials.boundary.Credentials;
import io.jingwu.api.identity.credentials.boundary.IssuedCredential;
import io.jingwu.api.identity.verification.boundary.IdentityVerifications;
import io.jingwu.api.identity.verification.boundary.StartedVerification;
import io.jingwu.api.identity.verification.boundary.VerificationOutcome;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /identity/verify.xhtml}, in three steps: the document, the phone and where the person lives; the code sent
 * to that phone; the result, a credential (its cookie given to this phone) or the request opened for an officer. The
 * rules are the API's: the page shows each refusal beside its input and all of them above the form.
 */
@Named("verification")
@ViewScoped
public class VerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SUGGESTIONS = 15;

    public enum Step { ENTRY, CODE, RESULT }

    @Inject
    IdentityVerifications verifications;

    @Inject
    Credentials credentials;

    @Inject
    RequestProgress progress;

    @Inject
    Divisions divisions;

    @Inject
    LanguageSelection language;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HolderCookie holderCookie;

    private final VerificationEntry entry = new VerificationEntry();
    private Step step = Step.ENTRY;
    /** The refusals of the last try, by the API's field names. */
    private Map<String, String> errors = Map.of();
    /** A portal text key: why the last step did not go on (a limit, a refused code). */
    private String notice;

    private String verificationId;
    private String phoneMasked;
    private Instant codeExpiresAt;
    private String code;

    private CredentialCard credential;
    private String trackingNumber;
    private RequestStatusView referral;

    /** Checks what was given and sends the code. */
    public void send() {
        notice = null;
        try {
            Optional<StartedVerification> started = verifications.start(entry.input(language.current().tag()),
                    clientAddress(), language.current());
            errors = Map.of();
            if (started.isEmpty()) {
                notice = "identity.notice.tooMany";
                failed();
                return;
            }
            verificationId = started.get().verificationId();
            phoneMasked = started.get().phoneMasked();
            codeExpiresAt = started.get().codeExpiresAt();
            code = null;
            step = Step.CODE;
        } catch (InvalidInputException e) {
            errors = FieldMessages.byField(e, language.current());
            step = Step.ENTRY;
            failed();
        }
    }

    /** The code from the phone: the registry then decides between a credential and an officer. */
    public void confirm() {
        notice = null;
        VerificationOutcome outcome = verifications.confirm(verificationId, code, Channel.PORTAL);
        switch (outcome.result()) {
            case VERIFIED -> verified(outcome.credential());
            case REFERRED -> {
                trackingNumber = outcome.trackingNumber();
                referral = progress.of(trackingNumber, language.current()).orElse(null);
                step = Step.RESULT;
            }
            case CODE_REFUSED -> {
                notice = "identity.notice.codeRefused";
                code = null;
                failed();
            }
            case NOT_FOUND -> {
                notice = "identity.notice.startAgain";
                step = Step.ENTRY;
                failed();
            }
            case RECORDS_UNAVAILABLE -> {
                notice = "identity.notice.registryUnavailable";
                failed();
            }
        }
    }

    private void verified(IssuedCredential issued) {
        holderCookie.give(issued.holderToken(), issued.validUntil());
        credential = credentials.holderView(issued.holderToken()).map(CredentialCard::of).orElseThrow();
        step = Step.RESULT;
    }

    /** Back to the form, all that was typed still there. */
    public void change() {
        notice = null;
        step = Step.ENTRY;
    }

    public List<DivisionChoice> completeDivision(String query) {
        return divisions.search(query, SUGGESTIONS);
    }

    /** The refusal of one API field ({@code phone}, {@code divisionCode}, ...), or null. */
    public String errorOf(String field) {
        return errors.get(field);
    }

    /** Everything wrong with the document itself: which one, its number or zone, its checks and dates. */
    public String getDocumentError() {
        String joined = Stream.of("kind", "value", "document").map(errors::get).filter(e -> e != null)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /** Every refusal, in the order of the form, for the summary above it. */
    public List<String> getAllErrors() {
        return List.copyOf(errors.values());
    }

    private static void failed() {
        FacesContext.getCurrentInstance().validationFailed();
    }

    private String clientAddress() {
        return clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** In the order the page offers them: residents first, then foreign residents, then compatriots. */
    public List<DocumentChoice> getDocuments() {
        return List.of(DocumentChoice.values());
    }

    public VerificationEntry getEntry() {
        return entry;
    }

    public Step getStep() {
        return step;
    }

    public String getNotice() {
        return notice;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public Instant getCodeExpiresAt() {
        return codeExpiresAt;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CredentialCard getCredential() {
        return credential;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public RequestStatusView getReferral() {
        return referral;
    }
}
