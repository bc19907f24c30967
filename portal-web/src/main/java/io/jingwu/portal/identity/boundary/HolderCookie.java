package io.jingwu.portal.identity.boundary;

import io.jingwu.portal.workbench.boundary.SessionCookieSecurity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The holder's token, handed over once when a verification succeeds, kept on the phone that verified so that its
 * holder can open the credential again: HttpOnly (no script reads it), SameSite=Strict (no other site's link or form
 * carries it), Secure over HTTPS (and always behind a proxy that ends TLS, as the session cookie), only under
 * {@code /identity}, and gone when the credential's validity ends.
 */
@ApplicationScoped
public class HolderCookie {

    static final String NAME = "jingwu-holder";
    static final String PATH = "/identity";

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = SessionCookieSecurity.SECURE, defaultValue = "false")
    boolean secureConfigured;

    public void give(String holderToken, Instant validUntil) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        long seconds = Math.max(0, Duration.between(clock.instant(), validUntil).toSeconds());
        context.addResponseCookie(NAME, holderToken, attributes(context.getRequestContextPath(), seconds,
                secureConfigured || context.isSecure()));
    }

    /** The token this phone was given, if it still has it. */
    public Optional<String> read() {
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(NAME);
        return cookie instanceof Cookie c && c.getValue() != null && !c.getValue().isBlank()
                ? Optional.of(c.getValue()) : Optional.empty();
    }

    /** Drops a token that opens nothing any more. */
    public void forget() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.addResponseCookie(NAME, "", attributes(context.getRequestContextPath(), 0,
                secureConfigured || context.isSecure()));
    }

    static Map<String, Object> attributes(String contextPath, long maxAgeSeconds, boolean secure) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("path", (contextPath == null ? "" : contextPath) + PATH);
        attributes.put("maxAge", (int) Math.min(Integer.MAX_VALUE, maxAgeSeconds));
        attributes.put("httpOnly", Boolean.TRUE);
        attributes.put("secure", secure);
        attributes.put("SameSite", "Strict");
        return attributes;
    }
}
