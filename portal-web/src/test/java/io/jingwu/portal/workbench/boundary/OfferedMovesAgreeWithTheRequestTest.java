package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.ForbiddenMove;
import io.jingwu.api.requests.entity.LifecycleTable;
import io.jingwu.api.requests.entity.LifecycleViolation;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.routing.entity.RoutingRule;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page offers a member of staff a move exactly when the request would accept it from them: for every status,
 * every move and every kind of staff. Two kinds of difference are by design, and checked as such:
 * <ul>
 *   <li>moves no member of staff makes through the page (the citizen's answer and withdrawal, the submission, the
 *       SLA sweep's findings, the hand-over when an account is switched off) are never offered;</li>
 *   <li>a colleague the request names as its handler may make the handler's moves without a role of the loop,
 *       but the workbench serves only clerks and supervisors, so the page offers them nothing.</li>
 * </ul>
 */
class OfferedMovesAgreeWithTheRequestTest {

    private static final Unit ZHILI = Unit.create("HUZ-ZL-LIVELIHOOD", "织里民生服务队", "Zhili livelihood team",
            UnitKind.LIVELIHOOD_TEAM, Set.of("330502"));
    private static final Unit WUXING = Unit.create("HUZ-WX-VETERANS", "吴兴老兵驿站", "Wuxing veterans' post",
            UnitKind.MEDIATION, Set.of("330502"));
    private static final Instant START = Instant.parse("2026-03-02T01:30:00Z");
    private static final RandomGenerator RANDOM = RandomGenerator.of("L64X128MixRandom");

    private static final StaffActor CLERK = staff("li.na", StaffRole.CLERK);
    private static final String HANDLER_NAME = "zhao.lei";

    /** Every kind of staff that signs in to the workbench, and some that do not. */
    private static final List<StaffActor> STAFF = List.of(CLERK, staff("wang.jun", StaffRole.SUPERVISOR),
            staff("zhou.min", StaffRole.CLERK, StaffRole.SUPERVISOR), staff("admin", StaffRole.ADMIN),
            staff("sun.li"));

    @FunctionalInterface
    private interface Move {
        void apply(ServiceRequest request, StaffActor actor, Instant now);
    }

    /** Every move a member of staff makes, with input the request accepts. */
    private static final Map<EventAction, Move> STAFF_MOVES = staffMoves();

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void theRoleHoldersAreOfferedExactlyTheMovesTheRequestAccepts(RequestStatus status) {
        for (StaffActor actor : STAFF) {
            Set<EventAction> offered = OfferedMoves.of(status, actor);
            for (EventAction action : EventAction.values()) {
                assertEquals(accepts(status, action, actor), offered.contains(action),
                        action + " from " + status + " by " + actor.roles());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"DISPATCHED", "IN_PROGRESS", "AWAITING_CITIZEN", "RESOLVED",
            "FOLLOWED_UP", "CLOSED"})
    void theHandlerByNameIsOfferedNothingThoughTheRequestAcceptsTheHandlersMoves(RequestStatus status) {
        StaffActor handler = staff(HANDLER_NAME);
        assertEquals(Optional.of(HANDLER_NAME), inStatus(status).handler(), "the fixture names its handler");

        assertTrue(OfferedMoves.of(status, handler).isEmpty());
        for (EventAction action : EventAction.values()) {
            assertEquals(LifecycleTable.allows(status, action) && LifecycleTable.handlerMayMake(action),
                    accepts(status, action, handler), action + " from " + status + " by the handler");
        }
    }

    /** Whether the request accepts the move from the actor; moves no member of staff makes are never accepted. */
    private static boolean accepts(RequestStatus status, EventAction action, StaffActor actor) {
        Move move = STAFF_MOVES.get(action);
        if (move == null) {
            return false;
        }
        try {
            move.apply(inStatus(status), actor, START.plus(Duration.ofDays(1)));
            return true;
        } catch (LifecycleViolation | ForbiddenMove refused) {
            return false;
        }
    }

    private static Map<EventAction, Move> staffMoves() {
        Map<EventAction, Move> moves = new EnumMap<>(EventAction.class);
        moves.put(EventAction.ACCEPTED, (r, a, t) -> r.accept(a, t));
        moves.put(EventAction.REJECTED, (r, a, t) -> r.reject(a, "不属于公安机关管辖。", t));
        moves.put(EventAction.TRANSFERRED, (r, a, t) -> r.transferTo(WUXING, a, "由老兵驿站调解更合适。", t));
        moves.put(EventAction.MERGED, (r, a, t) -> r.mergeInto(submitted(), a, t));
        moves.put(EventAction.DISPATCHED, (r, a, t) -> r.dispatch(a, "织里民生服务队第二组", t));
        moves.put(EventAction.HANDLING_STARTED, (r, a, t) -> r.startHandling(a, t));
        moves.put(EventAction.CITIZEN_ASKED, (r, a, t) -> r.askCitizen(a, "请问拖欠工资的具体月份？", t));
        moves.put(EventAction.REPLIED, (r, a, t) -> r.replyToCitizen(a, "经调解，老板同意本月底前付清。", t));
        moves.put(EventAction.FOLLOWED_UP, (r, a, t) -> r.followUp(a, "回电确认已到账。", t));
        moves.put(EventAction.RETURN_VISITED, (r, a, t) -> r.recordReturnVisit(a, 4, "办得很快", null, t));
        moves.put(EventAction.PRIORITY_CHANGED, (r, a, t) -> r.changePriority(a, Priority.URGENT, t));
        moves.put(EventAction.NOTE_ADDED, (r, a, t) -> r.addInternalNote(a, "当事人情绪激动。", t));
        return moves;
    }

    private static ServiceRequest submitted() {
        Submission submission = new Submission(RequestType.DISPUTE, "unpaid-wages", "老板拖欠三个月工资。",
                "330502100", "织里镇大港路 88 号", "张三", "+8613800138000", Language.ZH, Channel.PORTAL, Map.of(),
                Priority.NORMAL);
        return ServiceRequest.submit(TrackingNumber.random(RANDOM), submission, "{}",
                new RoutingRule("DISPUTE", "", "330502100", ZHILI, START), "已转交织里民生服务队。", Priority.NORMAL, START);
    }

    /** A request brought to the status by legal moves, dispatched to {@link #HANDLER_NAME} on the way. */
    private static ServiceRequest inStatus(RequestStatus status) {
        ServiceRequest request = submitted();
        StaffActor handler = staff(HANDLER_NAME);
        Instant t = START;
        switch (status) {
            case SUBMITTED -> { }
            case REJECTED -> request.reject(CLERK, "不属于本单位受理范围。", t);
            case MERGED -> request.mergeInto(submitted(), CLERK, t);
            case WITHDRAWN -> request.withdraw("已经自行解决。", t);
            default -> {
                request.accept(CLERK, t);
                if (status != RequestStatus.ACCEPTED) {
                    request.dispatch(CLERK, HANDLER_NAME, t);
                }
                if (status != RequestStatus.ACCEPTED && status != RequestStatus.DISPATCHED) {
                    request.startHandling(handler, t);
                }
                if (status == RequestStatus.AWAITING_CITIZEN) {
                    request.askCitizen(handler, "请提供工资条照片。", t);
                }
                if (status == RequestStatus.RESOLVED || status == RequestStatus.FOLLOWED_UP
                        || status == RequestStatus.CLOSED) {
                    request.replyToCitizen(handler, "已协调老板本周五前支付。", t);
                }
                if (status == RequestStatus.FOLLOWED_UP) {
                    request.followUp(CLERK, null, t);
                }
                if (status == RequestStatus.CLOSED) {
                    request.recordCitizenReturnVisit(5, null, null, t);
                }
            }
        }
        assertEquals(status, request.status(), "the fixture's path");
        return request;
    }

    private static StaffActor staff(String username, StaffRole... roles) {
        return new StaffActor(username, Set.of(roles), Set.of());
    }
}
