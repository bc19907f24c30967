package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.api.staff.boundary.StaffUserView;
import io.jingwu.api.staff.boundary.StaffUsers;
import io.jingwu.api.staff.boundary.WorkbenchActivity;
import io.jingwu.api.staff.boundary.WorkbenchSignIn;
import io.jingwu.api.staff.control.SessionLimits;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.time.Duration;

/**
 * The signed-in member of staff and the end of their session. The server ends a session after
 * {@code jingwu.workbench.idle-timeout} without a request of the clerk's own, or at its longest lifetime
 * ({@link SessionLimits}); what a page sends by itself, such as the queue's poll, does not count
 * ({@link ClerkActivity}). The page's session clock counts down the same time: a warning comes
 * {@link #WARNING_BEFORE} before the end, with a button that is the clerk's own request; then the page ends the
 * session itself.
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
    WorkbenchActivity activity;

    @Inject
    SessionLimits limits;

    @Inject
    StaffUsers users;

    @Inject
    LanguageSelection language;

    private StaffUserView me;

    /** The signed-in member of staff as the database knows them now: name, roles, units. */
    public StaffUserView getMe() {
        if (me == null) {
            me = users.find(staff.actor().username(), language.current()).orElseThrow();
        }
        return me;
    }

    /** Whether they work requests (queue, request pages): the staff API's rule, as {@link RequestWorkPages} applies it. */
    public boolean isWorksRequests() {
        return staff.actor().worksRequests();
    }

    /** Milliseconds the session has left as this page is rendered. */
    public long getRemainingMillis() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return activity.remaining(request).orElse(limits.idleTimeout()).toMillis();
    }

    /** Milliseconds before the end at which the warning shows: a minute, or half of a shorter idle timeout. */
    public long getWarningBeforeMillis() {
        return Math.min(WARNING_BEFORE.toMillis(), limits.idleTimeout().toMillis() / 2);
    }

    public long getWarningSeconds() {
        return getWarningBeforeMillis() / 1000;
    }

    public void signOut() throws IOException {
        end("");
    }

    /** Called by the page's session clock at the end. */
    public void signOutIdle() throws IOException {
        end("?ended=idle");
    }

    private void end(String query) throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        signIn.signOut((HttpServletRequest) context.getRequest());
        context.redirect(context.getRequestContextPath() + "/workbench/sign-in.xhtml" + query);
    }
}
