package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.api.staff.boundary.WorkbenchSignIn;
import io.jingwu.api.staff.boundary.StaffUserView;
import io.jingwu.api.staff.boundary.StaffUsers;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;

/**
 * The signed-in member of staff and the end of their session. The session ends after
 * {@code jingwu.workbench.idle-timeout} without the clerk's own input: the page's idle monitor counts key
 * presses and mouse moves only, so live refreshes of the queue never keep an abandoned workbench open. A warning
 * comes {@link #WARNING_BEFORE} before the end.
 */
@Named("workbench")
@RequestScoped
public class WorkbenchSession {

    static final Duration WARNING_BEFORE = Duration.ofMinutes(1);

    @Inject
    CurrentStaff staff;

    @Inject
    WorkbenchSignIn signIn;

    @Inject
    StaffUsers users;

    @Inject
    LanguageSelection language;

    @Inject
    @ConfigProperty(name = "jingwu.workbench.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    private StaffUserView me;

    /** The signed-in member of staff as the database knows them now: name, roles, units. */
    public StaffUserView getMe() {
        if (me == null) {
            me = users.find(staff.actor().username(), language.current()).orElseThrow();
        }
        return me;
    }

    /** Milliseconds of no input after which the warning shows. */
    public long getWarningAfterMillis() {
        return Math.max(idleTimeout.minus(WARNING_BEFORE).toMillis(), idleTimeout.toMillis() / 2);
    }

    /** Milliseconds of no input after which the session ends. */
    public long getIdleTimeoutMillis() {
        return idleTimeout.toMillis();
    }

    public long getWarningSeconds() {
        return (getIdleTimeoutMillis() - getWarningAfterMillis()) / 1000;
    }

    public void signOut() throws IOException {
        end("");
    }

    /** Called by the idle monitor. */
    public void signOutIdle() throws IOException {
        end("?ended=idle");
    }

    private void end(String query) throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        signIn.signOut((HttpServletRequest) context.getRequest());
        context.redirect(context.getRequestContextPath() + "/workbench/sign-in.xhtml" + query);
    }
}
