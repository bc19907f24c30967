package io.jingwu.api.personaldata;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.routing.entity.RoutingRule;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Requests as they come out of the database, with their ids, for tests without one. */
public final class StoredRequests {

    private StoredRequests() {
    }

    /** A dispute of 𠮷田 花子 in Zhili, as stored under the given id in the queue of the given unit. */
    public static ServiceRequest stored(long id, long unitId, Instant submittedAt) {
        return stored(id, unitId, new Submission(RequestType.DISPUTE, null, "老板拖欠三个月工资，一直不给。",
                "330502100", "织里镇大港路 88 号", "𠮷田 花子", "+8613812345678", Language.ZH, Channel.PORTAL, Map.of(), Priority.NORMAL),
                submittedAt);
    }

    public static ServiceRequest stored(long id, long unitId, Submission submission, Instant submittedAt) {
        Unit unit = Unit.create("UNIT-" + unitId, "单位 " + unitId, "Unit " + unitId, UnitKind.LIVELIHOOD_TEAM,
                List.of("330502"));
        set(Unit.class, unit, "id", unitId);
        ServiceRequest request = ServiceRequest.submit(TrackingNumber.random(new Random(id)), submission,
                "{\"floor\":3}", new RoutingRule("DISPUTE", "", "330502100", unit, submittedAt), "按辖区分派",
                Priority.NORMAL, submittedAt);
        set(ServiceRequest.class, request, "id", id);
        return request;
    }

    private static void set(Class<?> type, Object target, String field, Object value) {
        try {
            Field declared = type.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
