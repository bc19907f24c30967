package io.jingwu.api.sla.control;

import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.RequestEvent;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.SlaStage;
import io.jingwu.api.sla.entity.Basis;
import io.jingwu.api.sla.entity.SlaPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deadline rules of a request's two stages, over given policies and calendar (pure logic, no database):
 * <ul>
 * <li>submission: accept due from joining the queue, resolve due from submission;</li>
 * <li>transfer: the new unit gets a fresh accept stage (warning and breach cleared); the resolve promise to the
 *     citizen stays;</li>
 * <li>priority change: both running stages are counted again from their start with the policy for the new
 *     priority (waits for the citizen still not counted); a warning or breach already raised stays;</li>
 * <li>asking the citizen pauses the resolve stage, keeping the time left in the policy's own time; the answer
 *     resumes it: due at the answer plus that time;</li>
 * <li>reopening by a low rating: a fresh resolve stage from the reopening.</li>
 * </ul>
 * An urgent request counts every minute, whatever its policy's basis. The warning falls when the time left is
 * under {@code warnShare} of the stage's length. A stage completed late is stamped by the request itself.
 */
public final class Deadlines {

    private final Collection<SlaPolicy> policies;
    private final WorkingCalendar calendar;
    private final double warnShare;

    /** @param warnShare between 0 and 1: the share of a stage's length left when supervisors are warned */
    public Deadlines(Collection<SlaPolicy> policies, WorkingCalendar calendar, double warnShare) {
        if (!(warnShare >= 0 && warnShare < 1)) {
            throw new IllegalArgumentException("the warning share is at least 0 and under 1: " + warnShare);
        }
        this.policies = List.copyOf(policies);
        this.calendar = calendar;
        this.warnShare = warnShare;
    }

    /** The moves that set or shift a deadline; every other move leaves the deadlines as they are. */
    private static final Set<EventAction> SCHEDULING_MOVES = EnumSet.of(EventAction.SUBMITTED,
            EventAction.TRANSFERRED, EventAction.CITIZEN_ASKED, EventAction.CITIZEN_ANSWERED,
            EventAction.RETURN_VISITED, EventAction.PRIORITY_CHANGED);

    /** Whether the move just made on the request (if any) may set or shift its deadlines. */
    public static boolean concern(ServiceRequest request) {
        return request.newMove().map(RequestEvent::action).filter(SCHEDULING_MOVES::contains).isPresent();
    }

    /** Follows the move just made on the request (if any) at {@code now}. */
    public void follow(ServiceRequest request, Instant now) {
        request.newMove().map(RequestEvent::action).ifPresent(move -> {
            switch (move) {
                case SUBMITTED -> {
                    startAccept(request);
                    startResolve(request, request.createdAt());
                }
                case TRANSFERRED -> startAccept(request);
                case CITIZEN_ASKED -> pause(request, now);
                case CITIZEN_ANSWERED -> resume(request, now);
                case RETURN_VISITED -> {
                    if (request.status() == RequestStatus.IN_PROGRESS) {
                        startResolve(request, now);
                    }
                }
                case PRIORITY_CHANGED -> reschedule(request, now);
                default -> {
                }
            }
        });
    }

    /** The policy that applies to the request now: the most specific one of its type. */
    public SlaPolicy policyFor(ServiceRequest request) {
        return SlaPolicy.mostSpecific(policies.stream().filter(p -> p.type() == request.type()).toList(),
                request.category(), request.priority())
                .orElseThrow(() -> new IllegalStateException("no SLA policy for " + request.type()));
    }

    private void startAccept(ServiceRequest request) {
        SlaPolicy policy = policyFor(request);
        Basis basis = policy.basisFor(request.priority());
        Duration length = policy.acceptTime();
        Instant start = request.milestones().queuedAt();
        request.startAcceptStage(calendar.plus(start, length, basis), warnAt(start, length, length, basis));
    }

    private void startResolve(ServiceRequest request, Instant start) {
        SlaPolicy policy = policyFor(request);
        Basis basis = policy.basisFor(request.priority());
        Optional<Duration> length = policy.resolveTime();
        request.startResolveStage(length.map(l -> calendar.plus(start, l, basis)).orElse(null),
                length.map(l -> warnAt(start, l, l, basis)).orElse(null));
    }

    private void pause(ServiceRequest request, Instant now) {
        request.clock(SlaStage.RESOLVE).dueAt().ifPresent(due -> {
            Basis basis = policyFor(request).basisFor(request.priority());
            request.pauseResolveStage(calendar.between(now, due, basis));
        });
    }

    private void resume(ServiceRequest request, Instant now) {
        request.citizenWait().slaRemaining().ifPresent(remaining -> {
            SlaPolicy policy = policyFor(request);
            Basis basis = policy.basisFor(request.priority());
            Duration length = policy.resolveTime().orElse(remaining);
            request.rescheduleResolveStage(calendar.plus(now, remaining, basis),
                    warnAt(now, remaining, length, basis));
        });
    }

    private void reschedule(ServiceRequest request, Instant now) {
        SlaPolicy policy = policyFor(request);
        Basis basis = policy.basisFor(request.priority());
        if (request.isRunning(SlaStage.ACCEPT)) {
            Duration length = policy.acceptTime();
            Instant start = request.milestones().queuedAt();
            request.rescheduleAcceptStage(calendar.plus(start, length, basis), warnAt(start, length, length, basis));
        }
        boolean paused = request.status() == RequestStatus.AWAITING_CITIZEN;
        if (!request.isRunning(SlaStage.RESOLVE) && !paused) {
            return;
        }
        Optional<Duration> length = policy.resolveTime();
        if (length.isEmpty()) {
            request.rescheduleResolveStage(null, null);
            return;
        }
        Instant start = resolveStageStart(request);
        Duration used = calendar.between(start, now, basis);
        for (Pause wait : citizenWaitsSince(request, start, now)) {
            used = used.minus(calendar.between(wait.from(), wait.until(), basis));
        }
        Duration remaining = length.get().minus(used);
        if (remaining.isNegative()) {
            remaining = Duration.ZERO;
        }
        if (paused) {
            request.pauseResolveStage(remaining);
        } else {
            request.rescheduleResolveStage(calendar.plus(now, remaining, basis),
                    warnAt(now, remaining, length.get(), basis));
        }
    }

    /** When the current resolve stage began: at submission, or at the latest reopening by a low rating. */
    private static Instant resolveStageStart(ServiceRequest request) {
        List<RequestEvent> events = request.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            RequestEvent event = events.get(i);
            if (event.action() == EventAction.RETURN_VISITED && event.to() == RequestStatus.IN_PROGRESS) {
                return event.occurredAt();
            }
        }
        return request.createdAt();
    }

    /** The waits for the citizen that began at or after {@code since}; one still running ends at {@code now}. */
    private static List<Pause> citizenWaitsSince(ServiceRequest request, Instant since, Instant now) {
        List<Pause> waits = new ArrayList<>();
        Instant asked = null;
        for (RequestEvent event : request.events()) {
            if (event.action() == EventAction.CITIZEN_ASKED && !event.occurredAt().isBefore(since)) {
                asked = event.occurredAt();
            } else if (asked != null && (event.action() == EventAction.CITIZEN_ANSWERED
                    || event.action() == EventAction.WITHDRAWN)) {
                waits.add(new Pause(asked, event.occurredAt()));
                asked = null;
            }
        }
        if (asked != null) {
            waits.add(new Pause(asked, now));
        }
        return waits;
    }

    /** A stretch of time the request waited for the citizen's answer. */
    private record Pause(Instant from, Instant until) {
    }

    /** When the time left, {@code remaining} at {@code from}, falls under the warning share of {@code length}. */
    private Instant warnAt(Instant from, Duration remaining, Duration length, Basis basis) {
        Duration warning = Duration.ofMillis(Math.round(length.toMillis() * warnShare));
        Duration untilWarning = remaining.minus(warning);
        return calendar.plus(from, untilWarning.isNegative() ? Duration.ZERO : untilWarning, basis);
    }
}
