package io.jingwu.api.requests.entity;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.routing.entity.RoutingRule;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Requests brought to any status by legal moves, the people who move them, and a clock that only goes forward. */
final class LifecycleFixtures {

    static final Unit ZHILI_LIVELIHOOD = unit(6L, "HUZ-ZL-LIVELIHOOD", UnitKind.LIVELIHOOD_TEAM);
    static final Unit WUXING_VETERANS = unit(8L, "HUZ-WX-VETERANS", UnitKind.MEDIATION);

    static final StaffActor CLERK = new StaffActor("li.na", Set.of(StaffRole.CLERK), Set.of(6L));
    static final StaffActor SUPERVISOR = new StaffActor("wang.jun", Set.of(StaffRole.SUPERVISOR), Set.of(6L));
    static final StaffActor ADMIN = new StaffActor("admin", Set.of(StaffRole.ADMIN), Set.of());
    /** A colleague without a role in the loop, to whom requests are dispatched. */
    static final String HANDLER_NAME = "zhao.lei";
    static final StaffActor OTHER_UNIT_CLERK = new StaffActor("chen.hui", Set.of(StaffRole.CLERK), Set.of(8L));

    static final Instant START = Instant.parse("2026-03-02T01:30:00Z");

    private static final RandomGenerator RANDOM = RandomGenerator.of("L64X128MixRandom");

    private LifecycleFixtures() {
    }

    /** A time that moves forward by a minute per call, as moves never happen at the same instant. */
    static final class Ticks {
        private Instant now = START;

        Instant next() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }
    }

    static ServiceRequest submitted() {
        Submission submission = new Submission(RequestType.DISPUTE, "unpaid-wages",
                "老板拖欠三个月工资共计一万二千元，多次讨要未果。", "330502100", "织里镇大港路 88 号",
                "张三", "+8613800138000", Language.ZH, Channel.PORTAL, Map.of(), Priority.NORMAL);
        return ServiceRequest.submit(TrackingNumber.random(RANDOM), submission, "{}",
                new RoutingRule("DISPUTE", "", "330502100", ZHILI_LIVELIHOOD, START),
                "您的矛盾纠纷已转交织里民生服务队。", Priority.NORMAL, START);
    }

    /** A request that reached the status by the shortest legal path, dispatched to {@link #HANDLER_NAME}. */
    static ServiceRequest inStatus(RequestStatus status, Ticks time) {
        ServiceRequest request = submitted();
        switch (status) {
            case SUBMITTED -> { }
            case ACCEPTED -> request.accept(CLERK, time.next());
            case DISPATCHED -> {
                request.accept(CLERK, time.next());
                request.dispatch(CLERK, HANDLER_NAME, time.next());
            }
            case IN_PROGRESS -> inProgress(request, time);
            case AWAITING_CITIZEN -> {
                inProgress(request, time);
                request.askCitizen(CLERK, "请提供劳动合同或工资条照片。", time.next());
            }
            case RESOLVED -> resolved(request, time);
            case FOLLOWED_UP -> {
                resolved(request, time);
                request.followUp(CLERK, "已电话确认老板已付清。", time.next());
            }
            case CLOSED -> {
                resolved(request, time);
                request.recordCitizenReturnVisit(5, "很满意", null, time.next());
            }
            case REJECTED -> request.reject(CLERK, "不属于本单位受理范围。", time.next());
            case MERGED -> request.mergeInto(submitted(), CLERK, time.next());
            case WITHDRAWN -> request.withdraw("已经自行解决。", time.next());
        }
        if (request.status() != status) {
            throw new IllegalStateException("Fixture reached " + request.status() + " instead of " + status);
        }
        return request;
    }

    private static void inProgress(ServiceRequest request, Ticks time) {
        request.accept(CLERK, time.next());
        request.dispatch(CLERK, HANDLER_NAME, time.next());
        request.startHandling(handler(), time.next());
    }

    private static void resolved(ServiceRequest request, Ticks time) {
        inProgress(request, time);
        request.replyToCitizen(handler(), "已协调老板于本周五前支付全部工资。", time.next());
    }

    /** The colleague a request was dispatched to: no role of the loop, just the name. */
    static StaffActor handler() {
        return roleless(HANDLER_NAME);
    }

    static StaffActor roleless(String username) {
        return new StaffActor(username, Set.of(), Set.of(6L));
    }

    static RequestEvent lastEvent(ServiceRequest request) {
        var events = request.events();
        return events.get(events.size() - 1);
    }

    /** Units come from reference data; tests build them as the database would. */
    static Unit unit(Long id, String code, UnitKind kind) {
        try {
            Constructor<Unit> constructor = Unit.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Unit unit = constructor.newInstance();
            set(unit, "id", id);
            set(unit, "code", code);
            set(unit, "nameZh", code);
            set(unit, "nameEn", code);
            set(unit, "kind", kind);
            set(unit, "active", true);
            set(unit, "jurisdiction", Set.of("3305"));
            return unit;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
