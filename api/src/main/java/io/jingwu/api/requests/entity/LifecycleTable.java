package io.jingwu.api.requests.entity;

import io.jingwu.api.staff.entity.StaffActor;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.jingwu.api.requests.entity.RequestStatus.ACCEPTED;
import static io.jingwu.api.requests.entity.RequestStatus.AWAITING_CITIZEN;
import static io.jingwu.api.requests.entity.RequestStatus.CLOSED;
import static io.jingwu.api.requests.entity.RequestStatus.DISPATCHED;
import static io.jingwu.api.requests.entity.RequestStatus.FOLLOWED_UP;
import static io.jingwu.api.requests.entity.RequestStatus.IN_PROGRESS;
import static io.jingwu.api.requests.entity.RequestStatus.MERGED;
import static io.jingwu.api.requests.entity.RequestStatus.REJECTED;
import static io.jingwu.api.requests.entity.RequestStatus.RESOLVED;
import static io.jingwu.api.requests.entity.RequestStatus.SUBMITTED;
import static io.jingwu.api.requests.entity.RequestStatus.WITHDRAWN;

/**
 * The lifecycle table of DESIGN.md, the one place that says which move may start from which status, where it
 * leads, and who may make it. {@link ServiceRequest}'s moves check against it; pages ask it which moves to
 * offer. The closed loop 接单—派单—处置—反馈—跟进—回访 and its side roads:
 * <pre>
 * action                       from                                      to                        who
 * ACCEPTED (接单)               SUBMITTED                                 ACCEPTED                  clerk
 * REJECTED                     SUBMITTED, ACCEPTED                       REJECTED (final)          clerk
 * TRANSFERRED (回流)            SUBMITTED, ACCEPTED, DISPATCHED,          SUBMITTED, other unit     clerk, supervisor
 *                                IN_PROGRESS
 * MERGED                       SUBMITTED, ACCEPTED                       MERGED (final)            clerk
 * DISPATCHED (派单)             ACCEPTED                                  DISPATCHED                clerk, supervisor
 * HANDLING_STARTED (处置)       ACCEPTED, DISPATCHED                      IN_PROGRESS               handler
 * CITIZEN_ASKED                IN_PROGRESS                               AWAITING_CITIZEN          handler
 * CITIZEN_ANSWERED             AWAITING_CITIZEN                          IN_PROGRESS               citizen
 * REPLIED (反馈)                IN_PROGRESS                               RESOLVED                  handler
 * FOLLOWED_UP (跟进)            RESOLVED                                  FOLLOWED_UP               clerk
 * RETURN_VISITED (回访)         RESOLVED, FOLLOWED_UP                     CLOSED (rating 3-5),      clerk, citizen
 *                                                                        IN_PROGRESS (rating 1-2),
 *                                                                          held by a supervisor
 * WITHDRAWN                    any state not final                       WITHDRAWN (final)         citizen
 * PRIORITY_CHANGED             any state not final                       (unchanged)               clerk, supervisor
 * NOTE_ADDED                   any state                                 (unchanged)               handler
 * HANDED_OVER                  any state not final                       (unchanged)               (its holder switched off)
 * SUBMITTED, SLA_WARNED,       (none: not moves from a status)
 *   SLA_BREACHED
 * </pre>
 * "Handler" means any clerk or supervisor, or the request's own assignee or handler by name, whatever their
 * roles: the table answers for the roles ({@link #roleMayMake}), the request for the names it holds.
 */
public final class LifecycleTable {

    /** Who may make a move: the "who" column. */
    public enum Party {
        CLERK,
        SUPERVISOR,
        /** Whoever the request names as its assignee or handler, with or without a role of the loop. */
        HANDLER,
        /** The citizen who submitted it, with the request's token. */
        CITIZEN
    }

    /**
     * One row of the table.
     *
     * @param to the status it leads to: one, or two when the move's input decides (the return visit's rating);
     *           none when the status stays
     */
    record Row(Set<RequestStatus> from, Set<RequestStatus> to, Set<Party> who) {
        Row {
            from = Collections.unmodifiableSet(EnumSet.copyOf(from));
            to = Collections.unmodifiableSet(EnumSet.copyOf(to));
            who = Collections.unmodifiableSet(EnumSet.copyOf(who));
        }
    }

    private static final Set<RequestStatus> NONE = EnumSet.noneOf(RequestStatus.class);
    private static final Set<RequestStatus> NOT_FINAL = EnumSet.complementOf(EnumSet.of(CLOSED, REJECTED, MERGED, WITHDRAWN));
    private static final Set<Party> NOBODY = EnumSet.noneOf(Party.class);
    private static final Set<Party> CLERK = EnumSet.of(Party.CLERK);
    private static final Set<Party> CLERK_OR_SUPERVISOR = EnumSet.of(Party.CLERK, Party.SUPERVISOR);
    private static final Set<Party> HANDLER = EnumSet.of(Party.CLERK, Party.SUPERVISOR, Party.HANDLER);
    private static final Set<Party> CITIZEN = EnumSet.of(Party.CITIZEN);

    private static final Map<EventAction, Row> ROWS = rows();

    private LifecycleTable() {
    }

    private static Map<EventAction, Row> rows() {
        Map<EventAction, Row> rows = new EnumMap<>(EventAction.class);
        rows.put(EventAction.ACCEPTED, new Row(EnumSet.of(SUBMITTED), EnumSet.of(ACCEPTED), CLERK));
        rows.put(EventAction.REJECTED, new Row(EnumSet.of(SUBMITTED, ACCEPTED), EnumSet.of(REJECTED), CLERK));
        rows.put(EventAction.TRANSFERRED, new Row(EnumSet.of(SUBMITTED, ACCEPTED, DISPATCHED, IN_PROGRESS),
                EnumSet.of(SUBMITTED), CLERK_OR_SUPERVISOR));
        rows.put(EventAction.MERGED, new Row(EnumSet.of(SUBMITTED, ACCEPTED), EnumSet.of(MERGED), CLERK));
        rows.put(EventAction.DISPATCHED, new Row(EnumSet.of(ACCEPTED), EnumSet.of(DISPATCHED), CLERK_OR_SUPERVISOR));
        rows.put(EventAction.HANDLING_STARTED, new Row(EnumSet.of(ACCEPTED, DISPATCHED), EnumSet.of(IN_PROGRESS), HANDLER));
        rows.put(EventAction.CITIZEN_ASKED, new Row(EnumSet.of(IN_PROGRESS), EnumSet.of(AWAITING_CITIZEN), HANDLER));
        rows.put(EventAction.CITIZEN_ANSWERED, new Row(EnumSet.of(AWAITING_CITIZEN), EnumSet.of(IN_PROGRESS), CITIZEN));
        rows.put(EventAction.REPLIED, new Row(EnumSet.of(IN_PROGRESS), EnumSet.of(RESOLVED), HANDLER));
        rows.put(EventAction.FOLLOWED_UP, new Row(EnumSet.of(RESOLVED), EnumSet.of(FOLLOWED_UP), CLERK));
        rows.put(EventAction.RETURN_VISITED, new Row(EnumSet.of(RESOLVED, FOLLOWED_UP), EnumSet.of(CLOSED, IN_PROGRESS),
                EnumSet.of(Party.CLERK, Party.CITIZEN)));
        rows.put(EventAction.WITHDRAWN, new Row(NOT_FINAL, EnumSet.of(WITHDRAWN), CITIZEN));
        rows.put(EventAction.PRIORITY_CHANGED, new Row(NOT_FINAL, NONE, CLERK_OR_SUPERVISOR));
        rows.put(EventAction.NOTE_ADDED, new Row(EnumSet.allOf(RequestStatus.class), NONE, HANDLER));
        // Done for whoever held it when their account is switched off, never a move of staff or citizens.
        rows.put(EventAction.HANDED_OVER, new Row(NOT_FINAL, NONE, NOBODY));
        // Not moves from a status: the submission creates the request; the SLA sweep raises its findings itself.
        rows.put(EventAction.SUBMITTED, new Row(NONE, EnumSet.of(SUBMITTED), CITIZEN));
        rows.put(EventAction.SLA_WARNED, new Row(NONE, NONE, NOBODY));
        rows.put(EventAction.SLA_BREACHED, new Row(NONE, NONE, NOBODY));
        return Collections.unmodifiableMap(rows);
    }

    static Row row(EventAction action) {
        return ROWS.get(action);
    }

    /** Whether a request in this status allows the action, whoever asks. */
    public static boolean allows(RequestStatus from, EventAction action) {
        return row(action).from().contains(from);
    }

    /**
     * Whether the actor's roles let them make the move: a clerk where the "who" names clerks, a supervisor where
     * it names supervisors. Staff named on the request as its handler may make the handler's moves without
     * either role; only the request knows them ({@link #handlerMayMake}).
     */
    public static boolean roleMayMake(EventAction action, StaffActor actor) {
        Set<Party> who = row(action).who();
        return (actor.isClerk() && who.contains(Party.CLERK)) || (actor.isSupervisor() && who.contains(Party.SUPERVISOR));
    }

    /** Whether the request's own assignee or handler may make the move, whatever their roles. */
    public static boolean handlerMayMake(EventAction action) {
        return row(action).who().contains(Party.HANDLER);
    }

    /**
     * Where the move leads from {@code from}: its one target, or {@code from} itself when the status stays.
     *
     * @throws IllegalStateException for a move whose input decides where it leads
     */
    static RequestStatus leadsTo(EventAction action, RequestStatus from) {
        Set<RequestStatus> to = row(action).to();
        if (to.size() > 1) {
            throw new IllegalStateException(action + " leads to one of " + to + ": its input decides");
        }
        return to.isEmpty() ? from : to.iterator().next();
    }
}
