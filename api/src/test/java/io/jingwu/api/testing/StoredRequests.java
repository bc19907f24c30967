package io.jingwu.api.testing;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.routing.entity.RoutingRule;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.persistence.EntityManager;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Units and requests written to the {@link ComponentDatabase} through the entities' own factories, as the
 * application writes them. Every unit is new, with a code of its own, so a test that commits its rows shares no
 * queue with another.
 */
public final class StoredRequests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private StoredRequests() {
    }

    /** A new active livelihood team serving Wuxing (330502), with a routing rule of its own. */
    public static Unit unit(EntityManager em, String nameZh, String nameEn) {
        byte[] suffix = new byte[5];
        RANDOM.nextBytes(suffix);
        String code = "T-" + HexFormat.of().formatHex(suffix).toUpperCase();
        Unit unit = Unit.create(code, nameZh, nameEn, UnitKind.LIVELIHOOD_TEAM, List.of("330502"));
        em.persist(unit);
        // the category makes the rule's scope its own: rules that tie are refused
        em.persist(new RoutingRule("", code, "", unit, Instant.parse("2026-01-01T00:00:00Z")));
        em.flush();
        return unit;
    }

    public static Unit unit(EntityManager em) {
        return unit(em, "测试单位", "Test unit");
    }

    /** A dispute of 𠮷田 花子 in Zhili about unpaid wages. */
    public static Submission wagesDispute() {
        return new Submission(RequestType.DISPUTE, "general", "老板拖欠三个月工资，一直不给。", "330502100",
                "织里镇大港路 88 号", "𠮷田 花子", "+8613812345678", Language.ZH, Channel.PORTAL, Map.of(),
                Priority.NORMAL);
    }

    /** {@link #wagesDispute()}, submitted at the given time into the unit's queue. */
    public static ServiceRequest stored(EntityManager em, Unit unit, Instant submittedAt) {
        return stored(em, unit, wagesDispute(), Priority.NORMAL, submittedAt);
    }

    /** A request submitted into the unit's queue, its accept deadline a day after submission; flushed, so it has its id. */
    public static ServiceRequest stored(EntityManager em, Unit unit, Submission submission, Priority priority,
                                        Instant submittedAt) {
        RoutingRule rule = em.createQuery("SELECT r FROM RoutingRule r WHERE r.unit = :unit", RoutingRule.class)
                .setParameter("unit", unit).getSingleResult();
        ServiceRequest request = ServiceRequest.submit(TrackingNumber.random(RANDOM), submission, "{\"floor\":3}",
                rule, "按辖区分派", priority, submittedAt);
        request.startAcceptStage(submittedAt.plus(java.time.Duration.ofDays(1)), null);
        em.persist(request);
        em.flush();
        return request;
    }
}
