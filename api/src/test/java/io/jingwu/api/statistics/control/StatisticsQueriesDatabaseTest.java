package io.jingwu.api.statistics.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The figures' grouped queries (评估亮晒): what is counted per current and routed unit, the medians of the
 * histogram query, and the period's days in China time. The period is one no other test writes requests in.
 */
class StatisticsQueriesDatabaseTest {

    /** 10:00 in China on the period's second day. */
    private static final Instant DAY_TWO = Instant.parse("2019-05-02T02:00:00Z");
    private static final StatisticsScope MAY = new StatisticsScope(LocalDate.parse("2019-05-01"),
            LocalDate.parse("2019-05-31"), Optional.empty(), Optional.empty());
    private static final StaffActor CLERK = new StaffActor("zhang.wei", Set.of(StaffRole.CLERK), Set.of());

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final Unit other = StoredRequests.unit(em);
    private final StatisticsQueries queries = new StatisticsQueries();

    StatisticsQueriesDatabaseTest() {
        queries.em = em;
    }

    @Test
    void theMediansAreTheMiddleDurationsPerUnitAndOverTheScope() {
        accepted(unit, 10);
        accepted(unit, 20);
        accepted(unit, 40);
        accepted(unit, 41);
        stored(unit, RequestType.DISPUTE, "330502100", DAY_TWO); // not accepted: not counted
        accepted(other, 5);
        ServiceRequest waited = accepted(unit, 1);
        waited.startHandling(CLERK, at(2));
        waited.askCitizen(CLERK, "请提供欠薪合同照片。", at(10));
        waited.citizenAnswers("已上传。", at(40));
        waited.replyToCitizen(CLERK, "已协调老板付清工资。", at(100));
        ServiceRequest quick = accepted(unit, 1);
        quick.startHandling(CLERK, at(2));
        quick.replyToCitizen(CLERK, "已调解。", at(60));
        em.flush();

        ScopeMedians medians = queries.medians(MAY, Optional.empty());

        assertEquals(new Medians(15.0, 65.0), medians.of(unit.id()), "accept 1 1 10 20 40 41; resolve 100-30, 60");
        assertEquals(new Medians(5.0, null), medians.of(other.id()));
        assertEquals(new Medians(10.0, 65.0), medians.total(), "accept 1 1 5 10 20 40 41");
        assertEquals(medians.of(unit.id()), queries.medians(MAY, Optional.of(unit.id())).total(),
                "the unit's own figures are its median");
    }

    @Test
    void requestsAreCountedByTheUnitHoldingThemAndTheUnitRoutingSentThemTo() {
        ServiceRequest late = stored(unit, RequestType.DISPUTE, "330502100", DAY_TWO);
        late.startAcceptStage(at(30), null);
        late.accept(CLERK, at(45));
        ServiceRequest inTime = stored(unit, RequestType.FRAUD_REPORT, "330502100", DAY_TWO);
        inTime.startAcceptStage(at(30), null);
        inTime.accept(CLERK, at(20));
        inTime.startHandling(CLERK, at(21));
        inTime.replyToCitizen(CLERK, "已止付。", at(50));
        inTime.recordReturnVisit(CLERK, 5, null, null, at(60));
        ServiceRequest fromOther = stored(other, RequestType.INCIDENT, "330502100", DAY_TWO);
        fromOther.transferTo(unit, CLERK, "不属于本单位辖区", at(5));
        stored(other, RequestType.DISPUTE, "330502100", DAY_TWO); // neither held by the unit nor routed to it
        em.flush();

        List<PairCounts> pairs = queries.counts(MAY, Optional.of(unit.id()));

        assertEquals(2, pairs.size(), pairs.toString());
        assertEquals(Set.of(
                        new PairCounts(unit.id(), unit.id(), new Counts(2, 0, 1, 2, 1, 1, 1, 2, 1, 1, 1, 5)),
                        new PairCounts(unit.id(), other.id(), new Counts(1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0))),
                Set.copyOf(pairs));
    }

    @Test
    void thePeriodIsCountedInChinaDaysAndTheDivisionByItsPrefix() {
        stored(unit, RequestType.DISPUTE, "330502100", Instant.parse("2019-04-30T16:00:00Z")); // 1 May 00:00 in China
        stored(unit, RequestType.DISPUTE, "330502100", Instant.parse("2019-05-31T15:59:59Z")); // 31 May 23:59:59
        stored(unit, RequestType.DISPUTE, "330109001", Instant.parse("2019-05-15T04:00:00Z")); // Xiaoshan
        stored(unit, RequestType.DISPUTE, "330502100", Instant.parse("2019-04-30T15:59:59Z")); // still April
        stored(unit, RequestType.DISPUTE, "330502100", Instant.parse("2019-05-31T16:00:00Z")); // already June
        em.flush();

        assertEquals(3, requests(MAY));
        assertEquals(2, requests(new StatisticsScope(MAY.from(), MAY.to(), Optional.empty(), Optional.of("3305"))));
        assertEquals(1, requests(new StatisticsScope(MAY.from(), MAY.to(), Optional.empty(), Optional.of("330109"))));
    }

    private long requests(StatisticsScope scope) {
        return queries.counts(scope, Optional.of(unit.id())).stream().mapToLong(pair -> pair.counts().requests()).sum();
    }

    /** Submitted on day two and accepted the given minutes later. */
    private ServiceRequest accepted(Unit into, int minutes) {
        ServiceRequest request = stored(into, RequestType.DISPUTE, "330502100", DAY_TWO);
        request.accept(CLERK, at(minutes));
        return request;
    }

    private ServiceRequest stored(Unit into, RequestType type, String division, Instant at) {
        Submission wages = StoredRequests.wagesDispute();
        return StoredRequests.stored(em, into, new Submission(type, wages.category(), wages.description(), division,
                wages.address(), wages.contactName(), wages.contactPhone(), wages.language(), wages.channel(),
                wages.answers(), wages.priority()), Priority.NORMAL, at);
    }

    private static Instant at(int minutesAfterSubmission) {
        return DAY_TWO.plus(Duration.ofMinutes(minutesAfterSubmission));
    }
}
