package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.casework.boundary.StaffRequests;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.problems.RefusedException;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.portal.forms.boundary.RequestForm;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * {@code /workbench/phone.xhtml}: a clerk enters a request taken by phone through the form every channel uses
 * ({@link RequestForm}), in the caller's language. The rules are every channel's rules: each broken one is shown
 * beside its field.
 */
@Named("phoneEntry")
@ViewScoped
public class PhoneEntryPage implements Serializable {

    @Inject
    RequestForm form;

    @Inject
    StaffRequests staffRequests;

    @Inject
    CurrentStaff staff;

    @Inject
    LanguageSelection language;

    private Language citizenLanguage = Language.ZH;
    private RequestReceipt receipt;

    public void submit() {
        try {
            receipt = staffRequests.enterByPhone(form.input(citizenLanguage.tag()), staff.actor(), language.current());
            form.accepted();
        } catch (InvalidInputException e) {
            form.refused(e, language.current());
        } catch (RefusedException e) {
            form.refused(e.refusal().detail(language.current()));
        }
    }

    /** Clears the form for the next call, keeping the service. */
    public void startAnother() {
        receipt = null;
        form.clear();
        form.forgetCaller();
        citizenLanguage = Language.ZH;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public RequestForm getForm() {
        return form;
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
