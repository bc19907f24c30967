package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.staff.boundary.WorkbenchSignIn;
import io.jingwu.api.staff.control.SessionLimits;
import io.jingwu.api.staff.control.TooManySignInsException;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The workbench's sign-in form. A refused sign-in says the same whatever the reason (unknown user, wrong
 * password, locked account), so the page tells nobody which user names exist; only an address that failed too
 * often is asked to wait a minute. After signing in the browser is redirected, so that the next request is the
 * first one of the new session: to the workbench's home page, or straight to the anti-fraud list for those whose
 * work is the list alone.
 */
@Named("signInPage")
@RequestScoped
public class SignInPage {

    /** Where the workbench starts. */
    static final String HOME = "/workbench/";
    /** Where anti-fraud staff start: their one page, as home would only greet them. */
    static final String FRAUD_LIST = "/workbench/fraud-list.xhtml";

    @Inject
    WorkbenchSignIn signIn;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        String refusal = "signIn.refused";
        try {
            Optional<StaffActor> actor = signIn.signIn((HttpServletRequest) context.getRequest(), username, password);
            if (actor.isPresent()) {
                context.redirect(context.getRequestContextPath() + landing(actor.get()));
                return;
            }
        } catch (TooManySignInsException e) {
            // says why, unlike a refusal: it is about the network, and tells nothing about the account
            refusal = "signIn.throttled";
        }
        password = null;
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString(refusal), null));
    }

    /**
     * The first page after signing in. Whoever works requests starts at home, which leads to their queue; someone who
     * keeps the anti-fraud list and works no requests starts at the list.
     */
    static String landing(StaffActor actor) {
        return actor.roles().contains(StaffRole.ANTI_FRAUD) && !actor.worksRequests() ? FRAUD_LIST : HOME;
    }

    /** The notice shown when the previous session ended after a while without the clerk's own requests. */
    public boolean isTimedOut() {
        return SessionLimits.End.IDLE.slug().equals(ended());
    }

    /** The notice shown when the previous session reached its longest lifetime. */
    public boolean isLifetimeEnded() {
        return SessionLimits.End.LIFETIME.slug().equals(ended());
    }

    private static String ended() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ended");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
