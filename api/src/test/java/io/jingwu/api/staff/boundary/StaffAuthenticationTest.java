package io.jingwu.api.staff.boundary;

import io.jingwu.api.staff.MutableClock;
import io.jingwu.api.staff.control.ActiveStaff;
import io.jingwu.api.staff.control.SessionLimits;
import io.jingwu.api.staff.control.StaffTokens;
import io.jingwu.api.staff.entity.SignedInSession;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which requests the one mechanism authenticates, and how, with the servlet objects played by small fakes. */
class StaffAuthenticationTest {

    private static final StaffActor CLERK = new StaffActor("wang.li", Set.of(StaffRole.CLERK), Set.of(5L));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final StaffTokens tokens = newTokens();
    /** The accounts as the database knows them now, and their token generations (raised by a password change). */
    private final Map<String, StaffActor> accounts = new HashMap<>(Map.of("wang.li", CLERK));
    private final Map<String, Integer> generations = new HashMap<>(Map.of("wang.li", 3));
    private final StaffAuthentication mechanism = new StaffAuthentication();

    private final Map<String, Object> attributes = new HashMap<>();
    private Map<String, Object> session;
    private boolean invalidated;
    private String facesRequest;
    private final List<String> calls = new ArrayList<>();
    private final StringWriter body = new StringWriter();
    private boolean protectedResource;

    StaffAuthenticationTest() {
        mechanism.tokens = tokens;
        mechanism.staff = new ActiveStaff() {
            @Override
            public Optional<StaffActor> forToken(StaffTokens.Verdict verdict) {
                return verdict.valid() ? Optional.ofNullable(accounts.get(verdict.username())) : Optional.empty();
            }

            @Override
            public Optional<StaffActor> forSession(SignedInSession signedIn) {
                String username = signedIn.actor().username();
                return generations.get(username) == signedIn.tokenGeneration()
                        ? Optional.ofNullable(accounts.get(username)) : Optional.empty();
            }
        };
        mechanism.limits = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
        mechanism.clock = clock;
        mechanism.signInPage = "/workbench/sign-in.xhtml";
    }

    /** A session signed in now, under the account's current token generation. */
    private void signedInNow() {
        session = new HashMap<>(Map.of(StaffAuthentication.SESSION,
                SignedInSession.startedAt(CLERK, generations.get("wang.li"), clock.instant())));
    }

    private SignedInSession heldSession() {
        return (SignedInSession) session.get(StaffAuthentication.SESSION);
    }

    private StaffTokens newTokens() {
        try {
            var constructor = StaffTokens.class.getDeclaredConstructor(byte[].class, java.time.Clock.class, Duration.class);
            constructor.setAccessible(true);
            return constructor.newInstance("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
                    clock, Duration.ofHours(8));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuthenticationStatus request(String path, String authorization) {
        HttpSession httpSession = session == null ? null : (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> session.get((String) args[0]);
                    case "setAttribute" -> session.put((String) args[0], args[1]);
                    case "removeAttribute" -> session.remove((String) args[0]);
                    case "invalidate" -> {
                        session.clear();
                        invalidated = true;
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/jingwu" + path;
                    case "getContextPath" -> "/jingwu";
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization
                            : "Faces-Request".equalsIgnoreCase((String) args[0]) ? facesRequest : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getSession" -> httpSession;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpMessageContext context = (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpMessageContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "doNothing" -> {
                        calls.add("doNothing");
                        yield AuthenticationStatus.NOT_DONE;
                    }
                    case "notifyContainerAboutLogin" -> {
                        calls.add("login " + args[0] + " " + args[1]);
                        yield AuthenticationStatus.SUCCESS;
                    }
                    case "isProtected" -> protectedResource;
                    case "redirect" -> {
                        calls.add("redirect " + args[0]);
                        yield AuthenticationStatus.SEND_CONTINUE;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        calls.add("status " + args[0]);
                        yield null;
                    }
                    case "setContentType", "setCharacterEncoding", "setHeader" -> null;
                    case "getWriter" -> new PrintWriter(body, true);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return mechanism.validateRequest(request, response, context);
    }

    @Test
    void aValidBearerTokenOnTheApiSignsTheCallerInWithTheirRolesAsGroups() {
        AuthenticationStatus status = request("/api/v1/staff/me", "Bearer " + tokens.issue(CLERK, 0));

        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals(List.of("login wang.li [CLERK]"), calls);
        assertEquals(CLERK, attributes.get(StaffAuthentication.ACTOR));
    }

    @Test
    void withoutATokenTheApiGoesOnUnauthenticatedSoCitizensAreServed() {
        assertEquals(AuthenticationStatus.NOT_DONE, request("/api/v1/requests", null));
        assertEquals(AuthenticationStatus.NOT_DONE, request("/api/v1/requests/ABCD/timeline", "CitizenToken abc"));

        assertEquals(List.of("doNothing", "doNothing"), calls);
        assertTrue(attributes.isEmpty(), attributes.toString());
    }

    @Test
    void aRefusedTokenIsRememberedForTheAnswerButDoesNotCloseTheRequest() {
        String expired = tokens.issue(CLERK, 0);
        clock.advance(Duration.ofHours(9));

        assertEquals(AuthenticationStatus.NOT_DONE, request("/api/v1/admin/users", "Bearer " + expired));

        assertEquals(Boolean.TRUE, attributes.get(StaffAuthentication.REJECTED_TOKEN));
        assertNull(attributes.get(StaffAuthentication.ACTOR));
    }

    @Test
    void aTokenOfAnAccountThatIsGoneIsRefused() {
        String token = tokens.issue(CLERK, 0);
        accounts.clear();

        request("/api/v1/staff/me", "Bearer " + token);

        assertEquals(Boolean.TRUE, attributes.get(StaffAuthentication.REJECTED_TOKEN));
    }

    @Test
    void theWorkbenchTakesTheSignInSessionNeverABearerToken() {
        signedInNow();

        request("/workbench/queue.xhtml", null);
        assertEquals(List.of("login wang.li [CLERK]"), calls);

        session = null;
        calls.clear();
        request("/workbench/queue.xhtml", "Bearer " + tokens.issue(CLERK, 0));
        assertEquals(List.of("doNothing"), calls);
    }

    @Test
    void theSessionFollowsTheAccountAsItIsNow() {
        signedInNow();
        StaffActor promoted = new StaffActor("wang.li", Set.of(StaffRole.CLERK, StaffRole.SUPERVISOR), Set.of(5L, 6L));
        accounts.put("wang.li", promoted);

        request("/workbench/queue.xhtml", null);

        assertEquals(promoted, heldSession().actor());
        assertEquals(promoted, attributes.get(StaffAuthentication.ACTOR));

        accounts.clear();
        calls.clear();
        request("/workbench/queue.xhtml", null);
        assertEquals(List.of("doNothing"), calls, "a switched-off account's session no longer signs in");
        assertTrue(invalidated, "and it ends");
    }

    @Test
    void aPasswordChangeEndsTheSessionSignedInBeforeIt() {
        signedInNow();
        protectedResource = true;
        generations.put("wang.li", 4);

        assertEquals(AuthenticationStatus.SEND_CONTINUE, request("/workbench/queue.xhtml", null));

        assertEquals(List.of("redirect /jingwu/workbench/sign-in.xhtml"), calls);
        assertTrue(invalidated);
        assertNull(attributes.get(StaffAuthentication.ACTOR));
    }

    @Test
    void theIdleTimeoutWithoutARequestOfTheClerksOwnEndsTheSessionAndSaysWhy() {
        signedInNow();
        protectedResource = true;
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        request("/workbench/queue.xhtml", null);
        assertEquals(List.of("login wang.li [CLERK]"), calls, "a second before the end");

        calls.clear();
        clock.advance(Duration.ofSeconds(1));
        request("/workbench/queue.xhtml", null);

        assertEquals(List.of("redirect /jingwu/workbench/sign-in.xhtml?ended=idle"), calls);
        assertTrue(invalidated);
    }

    @Test
    void theLongestLifetimeEndsEvenASessionInUse() {
        signedInNow();
        protectedResource = true;
        for (int request = 1; request <= 35; request++) {
            clock.advance(Duration.ofMinutes(20));
            assertEquals(AuthenticationStatus.SUCCESS, request("/workbench/queue.xhtml", null), "after " + request * 20 + " min");
            // as the page reports a request of the clerk's own
            session.put(StaffAuthentication.SESSION, heldSession().ownRequestAt(clock.instant()));
        }
        calls.clear();
        clock.advance(Duration.ofMinutes(20));

        request("/workbench/queue.xhtml", null);

        assertEquals(List.of("redirect /jingwu/workbench/sign-in.xhtml?ended=lifetime"), calls, "twelve hours after signing in");
        assertTrue(invalidated);
    }

    @Test
    void aFacesAjaxRequestIsSentToTheSignInPageInThePartialResponseItUnderstands() {
        signedInNow();
        protectedResource = true;
        facesRequest = "partial/ajax";
        clock.advance(Duration.ofMinutes(31));

        assertEquals(AuthenticationStatus.SEND_CONTINUE, request("/workbench/queue.xhtml", null));

        assertEquals(List.of("status 200"), calls, "no HTTP redirect: the script would follow it to the page's HTML");
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<partial-response><redirect "
                + "url=\"/jingwu/workbench/sign-in.xhtml?ended=idle\"></redirect></partial-response>", body.toString());
    }

    @Test
    void aProtectedWorkbenchPageWithoutASessionRedirectsToTheSignInPage() {
        protectedResource = true;

        assertEquals(AuthenticationStatus.SEND_CONTINUE, request("/workbench/queue.xhtml", null));
        assertEquals(List.of("redirect /jingwu/workbench/sign-in.xhtml"), calls);
    }

    @Test
    void portalPagesAreLeftAlone() {
        signedInNow();

        request("/index.xhtml", "Bearer " + tokens.issue(CLERK, 0));

        assertEquals(List.of("doNothing"), calls);
        assertTrue(attributes.isEmpty());
    }
}
