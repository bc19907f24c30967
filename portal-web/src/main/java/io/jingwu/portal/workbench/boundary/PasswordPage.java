package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.api.staff.boundary.OwnPasswords;
import io.jingwu.api.staff.boundary.PasswordChange;
import io.jingwu.api.staff.boundary.WorkbenchSignIn;
import io.jingwu.api.staff.control.TooManySignInsException;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.Objects;

/**
 * {@code password.xhtml}, reached from the workbench's header: the signed-in member of staff changes their own
 * password ({@link OwnPasswords}). Every other session and token of the member ends; this session is signed in
 * again with the new password, exactly as the sign-in page would sign it in, so the clerk stays at work here.
 */
@Named("passwordPage")
@ViewScoped
public class PasswordPage implements Serializable {

    @Inject
    OwnPasswords passwords;

    @Inject
    WorkbenchSignIn signIn;

    @Inject
    CurrentStaff staff;

    @Inject
    LanguageSelection language;

    private String current;
    private String replacement;
    private String repeated;
    private boolean changed;

    public void change() throws IOException {
        changed = false;
        if (!Objects.equals(replacement, repeated)) {
            FieldMessages.refused("password.mismatch");
            return;
        }
        StaffActor actor = staff.actor();
        try {
            passwords.change(actor, new PasswordChange(current, replacement));
        } catch (InvalidInputException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (FieldError error : refused.errors()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(language.current()), null));
            }
            faces.validationFailed();
            return;
        } catch (TooManySignInsException e) {
            FieldMessages.refused("signIn.throttled");
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        if (signIn.signIn(request, actor.username(), replacement).isEmpty()) {
            // the account was switched off meanwhile: nothing left to stay signed in to
            signIn.signOut(request);
            context.redirect(context.getRequestContextPath() + "/workbench/sign-in.xhtml");
            return;
        }
        current = null;
        replacement = null;
        repeated = null;
        changed = true;
    }

    /** Whether the password was just changed: the page then says so instead of showing the form again. */
    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
