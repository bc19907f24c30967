package io.jingwu.api.staff.boundary;

import io.jingwu.api.staff.control.SessionLimits;
import io.jingwu.api.staff.entity.SignedInSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What keeps a workbench session alive: the clerk's own requests (pages, form posts, actions), which the pages
 * report here, never what a page sends by itself (the queue's poll). {@link StaffAuthentication} ends the session
 * once {@link SessionLimits} says so; both answers here say how long it has left, for the page's countdown.
 */
@ApplicationScoped
public class WorkbenchActivity {

    @Inject
    SessionLimits limits;

    @Inject
    Clock clock;

    /** Records a request of the clerk's own; empty when nobody is signed in. */
    public Optional<Duration> ownRequest(HttpServletRequest request) {
        return signedIn(request).map(held -> {
            Instant now = clock.instant();
            SignedInSession touched = held.session().ownRequestAt(now);
            if (touched != held.session()) {
                held.http().setAttribute(StaffAuthentication.SESSION, touched);
            }
            return limits.remaining(touched, now);
        });
    }

    /** How long the session has left, leaving it as it is (for what a page sends by itself); empty when nobody is signed in. */
    public Optional<Duration> remaining(HttpServletRequest request) {
        return signedIn(request).map(held -> limits.remaining(held.session(), clock.instant()));
    }

    private static Optional<Held> signedIn(HttpServletRequest request) {
        HttpSession http = request.getSession(false);
        try {
            return http != null && http.getAttribute(StaffAuthentication.SESSION) instanceof SignedInSession session
                    ? Optional.of(new Held(http, session)) : Optional.empty();
        } catch (IllegalStateException e) {
            // ended during this very request (signed out)
            return Optional.empty();
        }
    }

    private record Held(HttpSession http, SignedInSession session) {
    }
}
