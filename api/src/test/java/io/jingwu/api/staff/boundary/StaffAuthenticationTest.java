package io.jingwu.api.staff.boundary;

import io.jingwu.api.staff.MutableClock;
import io.jingwu.api.staff.control.ActiveStaff;
import io.jingwu.api.staff.control.StaffTokens;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

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
    /** The accounts as the database knows them now. */
    private final Map<String, StaffActor> accounts = new HashMap<>(Map.of("wang.li", CLERK));
    private final StaffAuthentication mechanism = new StaffAuthentication();

    private final Map<String, Object> attributes = new HashMap<>();
    private Map<String, Object> session;
    private final List<String> calls = new ArrayList<>();
    private boolean protectedResource;

    StaffAuthenticationTest() {
        mechanism.tokens = tokens;
        mechanism.staff = new ActiveStaff() {
            @Override
            public Optional<StaffActor> forToken(StaffTokens.Verdict verdict) {
                return verdict.valid() ? Optional.ofNullable(accounts.get(verdict.username())) : Optional.empty();
            }

            @Override
            public Optional<StaffActor> refresh(StaffActor signedIn) {
                return Optional.ofNullable(accounts.get(signedIn.username()));
            }
        };
        mechanism.signInPage = "/workbench/sign-in.xhtml";
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
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/jingwu" + path;
                    case "getContextPath" -> "/jingwu";
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
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
        return mechanism.validateRequest(request, null, context);
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
        session = new HashMap<>(Map.of(StaffAuthentication.SESSION_ACTOR, CLERK));

        request("/workbench/queue.xhtml", null);
        assertEquals(List.of("login wang.li [CLERK]"), calls);

        session = null;
        calls.clear();
        request("/workbench/queue.xhtml", "Bearer " + tokens.issue(CLERK, 0));
        assertEquals(List.of("doNothing"), calls);
    }

    @Test
    void theSessionFollowsTheAccountAsItIsNow() {
        session = new HashMap<>(Map.of(StaffAuthentication.SESSION_ACTOR, CLERK));
        StaffActor promoted = new StaffActor("wang.li", Set.of(StaffRole.CLERK, StaffRole.SUPERVISOR), Set.of(5L, 6L));
        accounts.put("wang.li", promoted);

        request("/workbench/queue.xhtml", null);

        assertEquals(promoted, session.get(StaffAuthentication.SESSION_ACTOR));
        assertEquals(promoted, attributes.get(StaffAuthentication.ACTOR));

        accounts.clear();
        calls.clear();
        request("/workbench/queue.xhtml", null);
        assertEquals(List.of("doNothing"), calls, "a switched-off account's session no longer signs in");
        assertNull(session.get(StaffAuthentication.SESSION_ACTOR));
    }

    @Test
    void aProtectedWorkbenchPageWithoutASessionRedirectsToTheSignInPage() {
        protectedResource = true;

        assertEquals(AuthenticationStatus.SEND_CONTINUE, request("/workbench/queue.xhtml", null));
        assertEquals(List.of("redirect /jingwu/workbench/sign-in.xhtml"), calls);
    }

    @Test
    void portalPagesAreLeftAlone() {
        session = new HashMap<>(Map.of(StaffAuthentication.SESSION_ACTOR, CLERK));

        request("/index.xhtml", "Bearer " + tokens.issue(CLERK, 0));

        assertEquals(List.of("doNothing"), calls);
        assertTrue(attributes.isEmpty());
    }
}
