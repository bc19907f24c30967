package io.jingwu.api.requests.entity;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.staff.entity.StaffActor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.jingwu.api.requests.entity.LifecycleFixtures.ADMIN;
import static io.jingwu.api.requests.entity.LifecycleFixtures.CLERK;
import static io.jingwu.api.requests.entity.LifecycleFixtures.SUPERVISOR;
import static io.jingwu.api.requests.entity.LifecycleFixtures.WUXING_VETERANS;
import static io.jingwu.api.requests.entity.LifecycleFixtures.inStatus;
import static io.jingwu.api.requests.entity.LifecycleFixtures.lastEvent;
import static io.jingwu.api.requests.entity.LifecycleFixtures.roleless;
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
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * DESIGN.md's lifecycle table, row by row: every move from each status it starts from, by each kind of person
 * it allows; the same move from every other status (409); and by every other kind of person (403).
 */
class LifecycleTableTest {

    /** The "who" column, plus those it leaves out. */
    enum Who {
        CLERK, SUPERVISOR,
        /** The request's handler or assignee, holding no role of the loop. */
        HANDLER,
        ADMIN,
        /** A colleague of the unit with no role of the loop and nothing to do with the request. */
        STRANGER,
        CITIZEN;

        static final Set<Who> STAFF = EnumSet.of(CLERK, SUPERVISOR, HANDLER, ADMIN, STRANGER);

        StaffActor actor(ServiceRequest request) {
            return switch (this) {
                case CLERK -> LifecycleFixtures.CLERK;
                case SUPERVISOR -> LifecycleFixtures.SUPERVISOR;
                case ADMIN -> LifecycleFixtures.ADMIN;
                case HANDLER -> roleless(request.handler().or(request::assignee).orElseThrow());
                case STRANGER -> roleless("sun.li");
                case CITIZEN -> null;
            };
        }
    }

    @FunctionalInterface
    interface Move {
        /** @param actor null for the citizen */
        void apply(ServiceRequest request, StaffActor actor, Instant now);
    }

    private static final Set<RequestStatus> NOT_FINAL = EnumSet.complementOf(EnumSet.of(CLOSED, REJECTED, MERGED, WITHDRAWN));

    /** The table. {@code to == null}: the status stays. */
    enum Row {
        ACCEPT(EventAction.ACCEPTED, EnumSet.of(SUBMITTED), ACCEPTED, EventVisibility.PUBLIC,
                EnumSet.of(Who.CLERK), (r, a, t) -> r.accept(a, t)),
        REJECT(EventAction.REJECTED, EnumSet.of(SUBMITTED, ACCEPTED), REJECTED, EventVisibility.PUBLIC,
                EnumSet.of(Who.CLERK), (r, a, t) -> r.reject(a, "不属于公安机关管辖，请向劳动监察部门反映。", t)),
        TRANSFER(EventAction.TRANSFERRED, EnumSet.of(SUBMITTED, ACCEPTED, DISPATCHED, IN_PROGRESS), SUBMITTED,
                EventVisibility.PUBLIC, EnumSet.of(Who.CLERK, Who.SUPERVISOR),
                (r, a, t) -> r.transferTo(WUXING_VETERANS, a, "邻里纠纷由老兵驿站调解更合适。", t)),
        MERGE(EventAction.MERGED, EnumSet.of(SUBMITTED, ACCEPTED), MERGED, EventVisibility.PUBLIC,
                EnumSet.of(Who.CLERK), (r, a, t) -> r.mergeInto(LifecycleFixtures.submitted(), a, t)),
        DISPATCH(EventAction.DISPATCHED, EnumSet.of(ACCEPTED), DISPATCHED, EventVisibility.PUBLIC,
                EnumSet.of(Who.CLERK, Who.SUPERVISOR), (r, a, t) -> r.dispatch(a, "织里民生服务队第二组", t)),
        START_HANDLING(EventAction.HANDLING_STARTED, EnumSet.of(ACCEPTED, DISPATCHED), IN_PROGRESS,
                EventVisibility.PUBLIC, EnumSet.of(Who.CLERK, Who.SUPERVISOR, Who.HANDLER),
                (r, a, t) -> r.startHandling(a, t)),
        ASK_CITIZEN(EventAction.CITIZEN_ASKED, EnumSet.of(IN_PROGRESS), AWAITING_CITIZEN, EventVisibility.PUBLIC,
                EnumSet.of(Who.CLERK, Who.SUPERVISOR, Who.HANDLER),
                (r, a, t) -> r.askCitizen(a, "请问拖欠工资的具体月份？", t)),
        CITIZEN_ANSWERS(EventAction.CITIZEN_ANSWERED, EnumSet.of(AWAITING_CITIZEN), IN_PROGRESS,
                EventVisibility.PUBLIC, EnumSet.of(Who.CITIZEN), (r, a, t) -> r.citizenAnswers("去年十月到十二月。", t)),
        REPLY(EventAction.REPLIED, EnumSet.of(IN_PROGRESS), RESOLVED, EventVisibility.PUBLIC,
                EnumSet.of(Who.CLERK, Who.SUPERVISOR, Who.HANDLER),
                (r, a, t) -> r.replyToCitizen(a, "经调解，老板同意本月底前付清。", t)),
        FOLLOW_UP(EventAction.FOLLOWED_UP, EnumSet.of(RESOLVED), FOLLOWED_UP, EventVisibility.PUBLIC,
                EnumSet.of(Who.CLERK), (r, a, t) -> r.followUp(a, "回电确认已到账。", t)),
        RETURN_VISIT_SATISFIED(EventAction.RETURN_VISITED, EnumSet.of(RESOLVED, FOLLOWED_UP), CLOSED,
                EventVisibility.PUBLIC, EnumSet.of(Who.CLERK, Who.CITIZEN), (r, a, t) -> {
                    if (a == null) {
                        r.recordCitizenReturnVisit(4, "办得很快", null, t);
                    } else {
                        r.recordReturnVisit(a, 4, "办得很快", null, t);
                    }
                }),
        RETURN_VISIT_UNSATISFIED(EventAction.RETURN_VISITED, EnumSet.of(RESOLVED, FOLLOWED_UP), IN_PROGRESS,
                EventVisibility.PUBLIC, EnumSet.of(Who.CLERK, Who.CITIZEN), (r, a, t) -> {
                    if (a == null) {
                        r.recordCitizenReturnVisit(2, "钱还没到账", SUPERVISOR, t);
                    } else {
                        r.recordReturnVisit(a, 2, "钱还没到账", SUPERVISOR, t);
                    }
                }),
        WITHDRAW(EventAction.WITHDRAWN, NOT_FINAL, WITHDRAWN, EventVisibility.PUBLIC, EnumSet.of(Who.CITIZEN),
                (r, a, t) -> r.withdraw("已和老板谈妥。", t)),
        CHANGE_PRIORITY(EventAction.PRIORITY_CHANGED, NOT_FINAL, null, EventVisibility.INTERNAL,
                EnumSet.of(Who.CLERK, Who.SUPERVISOR), (r, a, t) -> r.changePriority(a, Priority.URGENT, t)),
        INTERNAL_NOTE(EventAction.NOTE_ADDED, EnumSet.allOf(RequestStatus.class), null, EventVisibility.INTERNAL,
                EnumSet.of(Who.CLERK, Who.SUPERVISOR, Who.HANDLER), (r, a, t) -> r.addInternalNote(a, "当事人情绪激动，注意沟通方式。", t));

        final EventAction action;
        final Set<RequestStatus> from;
        final RequestStatus to;
        final EventVisibility visibility;
        final Set<Who> who;
        final Move move;

        Row(EventAction action, Set<RequestStatus> from, RequestStatus to, EventVisibility visibility, Set<Who> who,
            Move move) {
            this.action = action;
            this.from = from;
            this.to = to;
            this.visibility = visibility;
            this.who = who;
            this.move = move;
        }
    }

    static Stream<Arguments> allowedMoves() {
        List<Arguments> moves = new ArrayList<>();
        for (Row row : Row.values()) {
            for (RequestStatus from : row.from) {
                ServiceRequest sample = inStatus(from, new LifecycleFixtures.Ticks());
                boolean hasHandler = sample.handler().or(sample::assignee).isPresent();
                for (Who who : row.who) {
                    if (who != Who.HANDLER || hasHandler) {
                        moves.add(Arguments.of(row, from, who));
                    }
                }
            }
        }
        return moves.stream();
    }

    static Stream<Arguments> otherStatuses() {
        return Stream.of(Row.values()).flatMap(row -> EnumSet.complementOf(EnumSet.copyOf(row.from)).stream()
                .map(from -> Arguments.of(row, from)));
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(Row.values())
                .filter(row -> !row.who.equals(EnumSet.of(Who.CITIZEN)))
                .flatMap(row -> row.from.stream().flatMap(from -> Who.STAFF.stream()
                        .filter(who -> !row.who.contains(who))
                        .map(who -> Arguments.of(row, from, who))));
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("allowedMoves")
    void movesAsTheTableSays(Row row, RequestStatus from, Who who) {
        LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();
        ServiceRequest request = inStatus(from, time);
        StaffActor actor = who.actor(request);
        int eventsBefore = request.events().size();
        Instant now = time.next();

        row.move.apply(request, actor, now);

        RequestStatus expected = row.to == null ? from : row.to;
        RequestEvent event = lastEvent(request);
        assertAll(
                () -> assertEquals(expected, request.status()),
                () -> assertEquals(eventsBefore + 1, request.events().size()),
                () -> assertEquals(row.action, event.action()),
                () -> assertEquals(from, event.from()),
                () -> assertEquals(expected, event.to()),
                () -> assertEquals(actor == null ? ServiceRequest.CITIZEN : actor.username(), event.actor()),
                () -> assertEquals(row.visibility, event.visibility()),
                () -> assertEquals(now, event.occurredAt()),
                () -> assertEquals(now, request.updatedAt()),
                () -> assertEquals(expected.isFinal(), request.milestones().closedAt().isPresent()));
    }

    @ParameterizedTest(name = "{0} refused while {1}")
    @MethodSource("otherStatuses")
    void refusesEveryOtherStatusWithoutChangingAnything(Row row, RequestStatus from) {
        LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();
        ServiceRequest request = inStatus(from, time);
        Who who = row.who.contains(Who.CLERK) ? Who.CLERK : row.who.iterator().next();
        List<RequestEvent> eventsBefore = request.events();
        Instant updatedBefore = request.updatedAt();

        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> row.move.apply(request, who.actor(request), time.next()));

        assertAll(
                () -> assertEquals(row.action, violation.action()),
                () -> assertEquals(from, violation.status()),
                () -> assertEquals(false, violation.concernsMergeTarget()),
                () -> assertEquals(from, request.status()),
                () -> assertEquals(eventsBefore, request.events()),
                () -> assertEquals(updatedBefore, request.updatedAt()));
    }

    @ParameterizedTest(name = "{0} from {1} refused to {2}")
    @MethodSource("wrongPeople")
    void refusesTheWrongRoleWithoutChangingAnything(Row row, RequestStatus from, Who who) {
        LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();
        ServiceRequest request = inStatus(from, time);
        StaffActor actor = who == Who.HANDLER && request.handler().or(request::assignee).isEmpty()
                ? roleless("nobody.yet") : who.actor(request);
        List<RequestEvent> eventsBefore = request.events();
        Priority priorityBefore = request.priority();

        ForbiddenMove refusal = assertThrows(ForbiddenMove.class, () -> row.move.apply(request, actor, time.next()));

        assertAll(
                () -> assertEquals(row.action, refusal.action()),
                () -> assertEquals(actor.username(), refusal.actor()),
                () -> assertEquals(from, request.status()),
                () -> assertEquals(priorityBefore, request.priority()),
                () -> assertEquals(eventsBefore, request.events()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowsForStaff")
    void checksTheStatusBeforeTheRole(Row row) {
        RequestStatus elsewhere = EnumSet.complementOf(EnumSet.copyOf(row.from)).stream().findFirst().orElseThrow();
        ServiceRequest request = inStatus(elsewhere, new LifecycleFixtures.Ticks());

        assertThrows(LifecycleViolation.class, () -> row.move.apply(request, ADMIN, Instant.MAX));
    }

    static Stream<Row> rowsForStaff() {
        return Stream.of(Row.values())
                .filter(row -> !row.who.equals(EnumSet.of(Who.CITIZEN)))
                .filter(row -> row.from.size() < RequestStatus.values().length);
    }

    /** Guards the table above against a typo that would make a row vacuous. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allRows")
    void everyRowAgreesWithWhatTheRequestSaysItPermits(Row row) {
        for (RequestStatus status : RequestStatus.values()) {
            assertEquals(row.from.contains(status), inStatus(status, new LifecycleFixtures.Ticks()).permits(row.action),
                    row + " from " + status);
            assertEquals(row.from.contains(status), LifecycleTable.allows(status, row.action),
                    row + " from " + status + ", as pages ask before offering the move");
        }
    }

    static Stream<Row> allRows() {
        return Stream.of(Row.values());
    }

    static {
        // The fixtures must reach every status, or whole rows would silently go untested.
        for (RequestStatus status : RequestStatus.values()) {
            inStatus(status, new LifecycleFixtures.Ticks());
        }
        if (CLERK.isSupervisor() || SUPERVISOR.isClerk()) {
            throw new IllegalStateException("Fixture roles overlap");
        }
    }
}
