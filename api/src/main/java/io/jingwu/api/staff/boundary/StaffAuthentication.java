package io.jingwu.api.staff.boundary;

import io.jingwu.api.staff.control.ActiveStaff;
import io.jingwu.api.staff.control.StaffTokens;
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
 *     <li>{@code /workbench/*}: the sign-in session that {@link WorkbenchSignIn} opened; a protected page
 *     without one redirects to the sign-in page ({@code jingwu.workbench.sign-in-page}).</li>
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
    /** Session attribute holding the {@link StaffActor} of a signed-in workbench session. */
    static final String SESSION_ACTOR = StaffAuthentication.class.getName() + ".actor";

    private static final String BEARER = "Bearer ";

    @Inject
    StaffTokens tokens;

    @Inject
    ActiveStaff staff;

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
            return session(request, path, context);
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

    private AuthenticationStatus session(HttpServletRequest request, String path, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object held = session == null ? null : session.getAttribute(SESSION_ACTOR);
        if (held instanceof StaffActor signedIn) {
            Optional<StaffActor> current = staff.refresh(signedIn);
            if (current.isPresent()) {
                if (!current.get().equals(signedIn)) {
                    session.setAttribute(SESSION_ACTOR, current.get());
                }
                return signedIn(request, context, current.get());
            }
            session.removeAttribute(SESSION_ACTOR);
        }
        if (context.isProtected() && !path.equals(signInPage)) {
            return context.redirect(request.getContextPath() + signInPage);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, StaffActor actor) {
        request.setAttribute(ACTOR, actor);
        return context.notifyContainerAboutLogin(actor.username(),
                actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
