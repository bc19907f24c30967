package io.jingwu.api.staff.boundary;

import io.jingwu.api.staff.control.ActiveStaff;
import io.jingwu.api.staff.control.SessionLimits;
import io.jingwu.api.staff.control.StaffTokens;
import io.jingwu.api.staff.entity.SignedInSession;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The application's one authentication mechanism (Jakarta Security allows one), run before every request:
 * <ul>
 *     <li>{@code /api/*}: a staff token as {@code Authorization: Bearer <jwt>}, checked for signature, expiry,
 *     and that its user still exists, is active and has not changed password since it was issued. No token: the
 *     request goes on unauthenticated, so the citizens' API stays open; a token that fails the checks is
 *     remembered, and a protected resource then answers 401 {@code token-rejected}
 *     ({@link AccessProblems}). Never a session on the API.</li>
 *     <li>{@code /workbench/*}: the sign-in session that {@link WorkbenchSignIn} opened, as long as it lasts
 *     ({@link SessionLimits}: idle timeout and longest lifetime), the account is active and its password unchanged
 *     since the sign-in. Otherwise the session ends, and a protected page redirects to the sign-in page
 *     ({@code jingwu.workbench.sign-in-page}, with {@code ?ended=idle} or {@code ?ended=lifetime} when time ended
 *     it); a Faces ajax request (the queue's poll) gets the redirect in the partial response it understands.</li>
 * </ul>
 * The container learns the user name and the roles as groups, which {@code glassfish-web.xml} maps to the
 * roles of the same name, so {@code @RolesAllowed} and {@code isUserInRole} work everywhere.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link StaffActor} of an authenticated request (read by {@link CurrentStaff}). */
    static final String ACTOR = StaffActor.class.getName();
    /** Request attribute set when a bearer token was sent but refused. */
    static final String REJECTED_TOKEN = StaffAuthentication.class.getName() + ".rejectedToken";
    /** Session attribute holding the {@link SignedInSession} of a signed-in workbench session. */
    static final String SESSION = StaffAuthentication.class.getName() + ".session";

    private static final String BEARER = "Bearer ";
    /** The {@code Faces-Request} header of a Faces (and PrimeFaces) ajax request. */
    private static final String FACES_AJAX = "partial/ajax";

    @Inject
    StaffTokens tokens;

    @Inject
    ActiveStaff staff;

    @Inject
    SessionLimits limits;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "jingwu.workbench.sign-in-page", defaultValue = "/workbench/sign-in.xhtml")
    String signInPage;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return bearer(request, context);
        }
        if (path.equals("/workbench") || path.startsWith("/workbench/")) {
            return session(request, response, path, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        Optional<StaffActor> actor = staff.forToken(tokens.verify(header.substring(BEARER.length()).strip()));
        if (actor.isEmpty()) {
            request.setAttribute(REJECTED_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        return signedIn(request, context, actor.get());
    }

    private AuthenticationStatus session(HttpServletRequest request, HttpServletResponse response, String path,
                                         HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Optional<SessionLimits.End> ended = Optional.empty();
        if (session != null && session.getAttribute(SESSION) instanceof SignedInSession signedIn) {
            ended = limits.endOf(signedIn, clock.instant());
            Optional<StaffActor> current = ended.isPresent() ? Optional.empty() : staff.forSession(signedIn);
            if (current.isPresent()) {
                if (!current.get().equals(signedIn.actor())) {
                    session.setAttribute(SESSION, signedIn.as(current.get()));
                }
                return signedIn(request, context, current.get());
            }
            // Timed out, password changed, or account switched off: nothing of this session may be used again.
            session.invalidate();
        }
        if (context.isProtected() && !path.equals(signInPage)) {
            return toSignInPage(request, response, context, ended);
        }
        return context.doNothing();
    }

    private AuthenticationStatus toSignInPage(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context, Optional<SessionLimits.End> ended) {
        String target = request.getContextPath() + signInPage + ended.map(end -> "?ended=" + end.slug()).orElse("");
        if (!FACES_AJAX.equals(request.getHeader("Faces-Request"))) {
            return context.redirect(target);
        }
        // An HTTP redirect would hand the script the sign-in page's HTML; Faces' own redirect moves the page.
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                    + "\"></redirect></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, StaffActor actor) {
        request.setAttribute(ACTOR, actor);
        return context.notifyContainerAboutLogin(actor.username(),
                actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
