package io.jingwu.api.staff.boundary;

import io.jingwu.api.staff.control.SessionLimits;
import io.jingwu.api.staff.control.SignInAttempts;
import io.jingwu.api.staff.control.StaffSignIn;
import io.jingwu.api.staff.entity.SignedInSession;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens and closes the workbench's sign-in session, for the sign-in page. The same check as the token endpoint
 * (lockout included); on success the session id changes (no fixation) and the session remembers who signed in,
 * under which token generation and when ({@link SignedInSession}), which {@link StaffAuthentication} turns into
 * the caller of every following {@code /workbench/*} request for as long as the session lasts. The
 * page should redirect after signing in, so that the next request is the first one signed in.
 */
@ApplicationScoped
public class WorkbenchSignIn {

    private static final Logger LOG = Logger.getLogger(WorkbenchSignIn.class.getName());

    @Inject
    StaffSignIn signIn;

    @Inject
    SessionLimits limits;

    @Inject
    Clock clock;

    /** @return the signed-in actor; empty, whatever the reason, when the user name or password is refused */
    public Optional<StaffActor> signIn(HttpServletRequest request, String username, String password) {
        Optional<SignInAttempts.SignedIn> signedIn = signIn.signIn(username, password);
        signedIn.ifPresent(account -> {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(StaffAuthentication.SESSION,
                    SignedInSession.startedAt(account.actor(), account.tokenGeneration(), clock.instant()));
            // A session that hears nothing at all, not even a poll, is dropped by the container at the same time.
            session.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, limits.idleTimeout().toSeconds()));
        });
        return signedIn.map(SignInAttempts.SignedIn::actor);
    }

    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.FINE, "Container sign-out failed after the session ended", e);
        }
    }
}
