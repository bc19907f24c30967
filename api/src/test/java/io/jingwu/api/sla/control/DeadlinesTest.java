package io.jingwu.api.sla.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.time.Clocks;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.EventVisibility;
import io.jingwu.api.requests.entity.RequestEvent;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.SlaStage;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.routing.entity.RoutingRule;
import io.jingwu.api.sla.entity.Basis;
import io.jingwu.api.sla.entity.SlaPolicy;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deadline rules, followed move by move on the request itself, over the 2026 calendar; no database. */
class DeadlinesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final Unit ANTI_FRAUD = unit(3L, "HUZ-ANTIFRAUD");
    private static final Unit STATION = unit(4L, "HUZ-ZL-ZHINAN-PS");
    private static final StaffActor CLERK = new StaffActor("li.na", Set.of(StaffRole.CLERK), Set.of(3L, 4L));
    private static final StaffActor SUPERVISOR = new StaffActor("wang.jun", Set.of(StaffRole.SUPERVISOR), Set.of(3L, 4L));
    private static final RandomGenerator RANDOM = RandomGenerator.of("L64X128MixRandom");

    private static final List<SlaPolicy> POLICIES = List.of(
            new SlaPolicy(RequestType.FRAUD_REPORT, null, null, 5, 1440, Basis.WALL_CLOCK, T0),
            new SlaPolicy(RequestType.DISPUTE, null, null, 30, 4320, Basis.WALL_CLOCK, T0),
            new SlaPolicy(RequestType.DISPUTE, null, Priority.URGENT, 10, 1440, Basis.WALL_CLOCK, T0),
            new SlaPolicy(RequestType.DOCUMENT_REISSUE, null, null, 1440, 4320, Basis.WORKING, T0),
            new SlaPolicy(RequestType.CONSULTATION, null, null, 240, null, Basis.WORKING, T0));

    private final Deadlines deadlines = new Deadlines(POLICIES, ChinaCalendar.of2026(), 0.2);

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(Clocks.CHINA).toInstant();
    }

    private ServiceRequest submitted(RequestType type, Priority priority, Instant at) {
        Submission submission = new Submission(type, "general", "测试", "330502100", "织里镇", "张三",
                "+8613800138000", Language.ZH, Channel.PORTAL, Map.of(), priority);
        ServiceRequest request = ServiceRequest.submit(TrackingNumber.random(RANDOM), submission, "{}",
                new RoutingRule("", "", "", ANTI_FRAUD, at), "测试", priority, at);
        deadlines.follow(request, at);
        return request;
    }

    private void inProgress(ServiceRequest request, Instant at) {
        request.accept(CLERK, at);
        deadlines.follow(request, at);
        request.startHandling(CLERK, at);
        deadlines.follow(request, at);
    }

    @Test
    void aSubmissionGetsBothDeadlinesAndTheirWarningTimes() {
        ServiceRequest fraud = submitted(RequestType.FRAUD_REPORT, Priority.NORMAL, T0);

        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(5))), fraud.clock(SlaStage.ACCEPT).dueAt());
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(4))), fraud.clock(SlaStage.ACCEPT).warnAt(), "a fifth of 5 minutes left");
        assertEquals(Optional.of(T0.plus(Duration.ofDays(1))), fraud.clock(SlaStage.RESOLVE).dueAt());
        assertEquals(Optional.of(T0.plus(Duration.ofHours(24).minusMinutes(288))), fraud.clock(SlaStage.RESOLVE).warnAt());
    }

    @Test
    void workingDayPromisesSkipTheHolidayAndCountTheSwappedSaturday() {
        ServiceRequest document = submitted(RequestType.DOCUMENT_REISSUE, Priority.NORMAL, local("2026-09-30T15:00"));

        assertEquals(Optional.of(local("2026-10-08T15:00")), document.clock(SlaStage.ACCEPT).dueAt());
        assertEquals(Optional.of(local("2026-10-10T15:00")), document.clock(SlaStage.RESOLVE).dueAt());
    }

    @Test
    void anUrgentRequestCountsEveryMinuteEvenUnderAWorkingDayPolicy() {
        ServiceRequest document = submitted(RequestType.DOCUMENT_REISSUE, Priority.URGENT, local("2026-09-30T15:00"));

        assertEquals(Optional.of(local("2026-10-03T15:00")), document.clock(SlaStage.RESOLVE).dueAt());
    }

    @Test
    void waitingForTheCitizenPausesTheClockInWorkingTime() {
        ServiceRequest document = submitted(RequestType.DOCUMENT_REISSUE, Priority.NORMAL, local("2026-09-28T09:00"));
        assertEquals(Optional.of(local("2026-10-08T09:00")), document.clock(SlaStage.RESOLVE).dueAt(),
                "3 working days: 15 h of Mon 09-28, Tue and Wed whole, the holiday, 9 h of Thu 10-08");
        inProgress(document, local("2026-09-29T09:00"));

        Instant asked = local("2026-09-29T21:00");
        document.askCitizen(CLERK, "请补充照片。", asked);
        deadlines.follow(document, asked);
        assertEquals(Optional.of(Duration.ofHours(36)), document.citizenWait().slaRemaining(), "3 h of Tue, Wed whole, 9 h of 10-08");

        Instant answered = local("2026-10-07T10:00");
        document.citizenAnswers("已补充。", answered);
        deadlines.follow(document, answered);

        assertEquals(Optional.of(local("2026-10-09T12:00")), document.clock(SlaStage.RESOLVE).dueAt(),
                "36 working hours after an answer on a holiday: Thu 10-08 whole, 12 h of Fri 10-09");
        assertEquals(Optional.empty(), document.citizenWait().slaRemaining());
    }

    @Test
    void aTransferGivesTheNewUnitAFreshAcceptDeadlineAndKeepsTheResolvePromise() {
        ServiceRequest fraud = submitted(RequestType.FRAUD_REPORT, Priority.NORMAL, T0);
        Instant resolveDue = fraud.clock(SlaStage.RESOLVE).dueAt().orElseThrow();
        Instant late = T0.plus(Duration.ofMinutes(7));
        assertEquals(Optional.of(EventAction.SLA_BREACHED), fraud.checkDeadline(SlaStage.ACCEPT, late));

        fraud.transferTo(STATION, CLERK, "不属于本中心。", late);
        deadlines.follow(fraud, late);

        assertEquals(Optional.of(late.plus(Duration.ofMinutes(5))), fraud.clock(SlaStage.ACCEPT).dueAt());
        assertEquals(Optional.empty(), fraud.clock(SlaStage.ACCEPT).breachedAt(), "the new unit starts clean");
        assertEquals(Optional.of(resolveDue), fraud.clock(SlaStage.RESOLVE).dueAt());
    }

    @Test
    void aPriorityChangeCountsBothStagesAgainFromTheirStartWithTheNewPolicy() {
        ServiceRequest dispute = submitted(RequestType.DISPUTE, Priority.NORMAL, T0);
        Instant later = T0.plus(Duration.ofMinutes(3));

        dispute.changePriority(CLERK, Priority.URGENT, later);
        deadlines.follow(dispute, later);

        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(10))), dispute.clock(SlaStage.ACCEPT).dueAt());
        assertEquals(Optional.of(T0.plus(Duration.ofDays(1))), dispute.clock(SlaStage.RESOLVE).dueAt());
    }

    @Test
    void aPriorityChangeLeavesOutTheTimeSpentWaitingForTheCitizen() {
        ServiceRequest dispute = submitted(RequestType.DISPUTE, Priority.NORMAL, T0);
        inProgress(dispute, T0.plus(Duration.ofHours(1)));
        dispute.askCitizen(CLERK, "请补充。", T0.plus(Duration.ofHours(2)));
        deadlines.follow(dispute, T0.plus(Duration.ofHours(2)));
        dispute.citizenAnswers("好的。", T0.plus(Duration.ofHours(12)));
        deadlines.follow(dispute, T0.plus(Duration.ofHours(12)));
        assertEquals(Optional.of(T0.plus(Duration.ofDays(3)).plus(Duration.ofHours(10))), dispute.clock(SlaStage.RESOLVE).dueAt());

        Instant now = T0.plus(Duration.ofHours(13));
        dispute.changePriority(SUPERVISOR, Priority.URGENT, now);
        deadlines.follow(dispute, now);

        assertEquals(Optional.of(T0.plus(Duration.ofDays(1)).plus(Duration.ofHours(10))), dispute.clock(SlaStage.RESOLVE).dueAt());
    }

    @Test
    void aReopeningByALowRatingStartsAFreshResolveStage() {
        ServiceRequest fraud = submitted(RequestType.FRAUD_REPORT, Priority.NORMAL, T0);
        inProgress(fraud, T0.plus(Duration.ofMinutes(2)));
        fraud.replyToCitizen(CLERK, "已止付。", T0.plus(Duration.ofDays(2)));
        assertEquals(fraud.clock(SlaStage.RESOLVE).dueAt(), fraud.clock(SlaStage.RESOLVE).breachedAt(), "resolved late: stamped at the deadline");

        Instant reopened = T0.plus(Duration.ofDays(3));
        fraud.recordCitizenReturnVisit(1, "钱还没追回", SUPERVISOR, reopened);
        deadlines.follow(fraud, reopened);

        assertEquals(Optional.of(reopened.plus(Duration.ofDays(1))), fraud.clock(SlaStage.RESOLVE).dueAt());
        assertEquals(Optional.empty(), fraud.clock(SlaStage.RESOLVE).breachedAt());
    }

    @Test
    void aStageCompletedLateWithoutASweepIsStampedAtItsDeadline() {
        ServiceRequest fraud = submitted(RequestType.FRAUD_REPORT, Priority.NORMAL, T0);
        fraud.accept(CLERK, T0.plus(Duration.ofMinutes(9)));
        assertEquals(fraud.clock(SlaStage.ACCEPT).dueAt(), fraud.clock(SlaStage.ACCEPT).breachedAt());

        ServiceRequest onTime = submitted(RequestType.FRAUD_REPORT, Priority.NORMAL, T0);
        onTime.accept(CLERK, T0.plus(Duration.ofMinutes(2)));
        assertEquals(Optional.empty(), onTime.clock(SlaStage.ACCEPT).breachedAt());
    }

    @Test
    void eachWarningAndBreachIsRaisedOnceAsAnInternalEvent() {
        ServiceRequest fraud = submitted(RequestType.FRAUD_REPORT, Priority.NORMAL, T0);

        assertEquals(Optional.empty(), fraud.checkDeadline(SlaStage.ACCEPT, T0.plus(Duration.ofSeconds(239))));
        assertEquals(Optional.of(EventAction.SLA_WARNED), fraud.checkDeadline(SlaStage.ACCEPT, T0.plusSeconds(240)));
        assertEquals(Optional.empty(), fraud.checkDeadline(SlaStage.ACCEPT, T0.plusSeconds(250)));
        assertEquals(Optional.of(EventAction.SLA_BREACHED), fraud.checkDeadline(SlaStage.ACCEPT, T0.plusSeconds(300)));
        assertEquals(Optional.empty(), fraud.checkDeadline(SlaStage.ACCEPT, T0.plusSeconds(900)));

        List<RequestEvent> sla = fraud.events().stream()
                .filter(e -> e.action() == EventAction.SLA_WARNED || e.action() == EventAction.SLA_BREACHED).toList();
        assertEquals(2, sla.size());
        assertTrue(sla.stream().allMatch(e -> e.visibility() == EventVisibility.INTERNAL));
        assertTrue(sla.get(1).note().contains("ACCEPT") && sla.get(1).note().contains("2026-11-23T02:05:00Z"),
                sla.get(1).note());
    }

    @Test
    void aRequestWaitingForTheCitizenIsNeverEscalated() {
        ServiceRequest fraud = submitted(RequestType.FRAUD_REPORT, Priority.NORMAL, T0);
        inProgress(fraud, T0.plusSeconds(60));
        fraud.askCitizen(CLERK, "请提供转账记录。", T0.plusSeconds(120));
        deadlines.follow(fraud, T0.plusSeconds(120));

        assertEquals(Optional.empty(), fraud.checkDeadline(SlaStage.RESOLVE, T0.plus(Duration.ofDays(5))));
    }

    @Test
    void nothingIsPromisedWhereThePolicyPromisesNoResolution() {
        ServiceRequest question = submitted(RequestType.CONSULTATION, Priority.NORMAL, local("2026-11-23T09:00"));

        assertEquals(Optional.of(local("2026-11-23T13:00")), question.clock(SlaStage.ACCEPT).dueAt());
        assertEquals(Optional.empty(), question.clock(SlaStage.RESOLVE).dueAt());
        assertEquals(Optional.empty(), question.checkDeadline(SlaStage.RESOLVE, local("2027-01-01T00:00")));
    }

    private static Unit unit(Long id, String code) {
        try {
            Constructor<Unit> constructor = Unit.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Unit unit = constructor.newInstance();
            for (Map.Entry<String, Object> field : Map.<String, Object>of("id", id, "code", code, "nameZh", code,
                    "nameEn", code, "kind", UnitKind.ANTI_FRAUD_CENTRE, "active", true).entrySet()) {
                Field f = Unit.class.getDeclaredField(field.getKey());
                f.setAccessible(true);
                f.set(unit, field.getValue());
            }
            return unit;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
