package io.jingwu.api.staff.control;

import io.jingwu.api.staff.entity.SignedInSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a workbench session lasts, decided on the server for every request: it ends after
 * {@code jingwu.workbench.idle-timeout} (30 minutes) without a request of the clerk's own, however often the page
 * asks for something by itself, and in any case {@code jingwu.workbench.max-session} (12 hours) after signing in,
 * whatever the activity. Both ISO-8601 durations.
 */
@ApplicationScoped
public class SessionLimits {

    /** Why a session ended by itself; the sign-in page tells the clerk ({@code ?ended=idle}). */
    public enum End {
        IDLE, LIFETIME;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Inject
    @ConfigProperty(name = "jingwu.workbench.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    @Inject
    @ConfigProperty(name = "jingwu.workbench.max-session", defaultValue = "PT12H")
    Duration maxSession;

    SessionLimits() {
    }

    public SessionLimits(Duration idleTimeout, Duration maxSession) {
        this.idleTimeout = idleTimeout;
        this.maxSession = maxSession;
        check();
    }

    @PostConstruct
    void check() {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || maxSession.isNegative() || maxSession.isZero()) {
            throw new IllegalStateException("jingwu.workbench.idle-timeout and jingwu.workbench.max-session must be positive");
        }
    }

    /** Created when the application starts, so that a wrong setting stops the start, not every workbench request. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // check() has run
    }

    /** Whether the session has ended at {@code now}, and why; the longest lifetime first, as nothing extends it. */
    public Optional<End> endOf(SignedInSession session, Instant now) {
        if (!now.isBefore(session.signedInAt().plus(maxSession))) {
            return Optional.of(End.LIFETIME);
        }
        if (!now.isBefore(session.lastOwnRequestAt().plus(idleTimeout))) {
            return Optional.of(End.IDLE);
        }
        return Optional.empty();
    }

    /** How long the session has left at {@code now} if the clerk does nothing more; zero once it has ended. */
    public Duration remaining(SignedInSession session, Instant now) {
        Instant idleEnd = session.lastOwnRequestAt().plus(idleTimeout);
        Instant lifetimeEnd = session.signedInAt().plus(maxSession);
        Duration left = Duration.between(now, idleEnd.isBefore(lifetimeEnd) ? idleEnd : lifetimeEnd);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }
}
