package io.jingwu.api.notifications.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.notifications.control.Notices.Notice;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.routing.entity.RoutingRule;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import org.junit.jupiter.api.Test;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticesTest {

    private static final Unit ZHILI = Unit.create("HUZ-ZL-LIVELIHOOD", "织里民生服务队", "Zhili Livelihood Team",
            UnitKind.LIVELIHOOD_TEAM, List.of("330502"));
    private static final Unit VETERANS = Unit.create("HUZ-WX-VETERANS", "老兵驿站", "Veterans' Post",
            UnitKind.MEDIATION, List.of("330502"));
    private static final StaffActor CLERK = new StaffActor("li.na", Set.of(StaffRole.CLERK), Set.of());
    private static final StaffActor SUPERVISOR = new StaffActor("wang.jun", Set.of(StaffRole.SUPERVISOR), Set.of());

    private static final String DESCRIPTION = "老板拖欠三个月工资共计一万二千元，多次讨要未果。";
    private static final String NAME = "张三";
    private static final String PHONE = "+8613800138000";
    private static final String QUESTION = "请提供劳动合同照片。";
    private static final String REPLY = "已协调老板于本周五前向张三支付全部工资。";
    private static final String REASON = "不属于本单位受理范围。";

    /** What each move is told as; the moves not listed are told as nothing. */
    private static final Map<EventAction, String> TOLD = new EnumMap<>(Map.of(
            EventAction.ACCEPTED, "notice.accepted",
            EventAction.CITIZEN_ASKED, "notice.question",
            EventAction.REPLIED, "notice.replied",
            EventAction.TRANSFERRED, "notice.transferred",
            EventAction.REJECTED, "notice.rejected",
            EventAction.MERGED, "notice.merged",
            EventAction.RETURN_VISITED, "notice.reopened"));

    private Instant now = Instant.parse("2026-03-02T01:30:00Z");
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    /** Every move of the lifecycle; a sweep's SLA findings are not moves (internal, no status change). */
    @ParameterizedTest
    @EnumSource(value = EventAction.class, mode = EnumSource.Mode.EXCLUDE, names = {"SLA_WARNED", "SLA_BREACHED"})
    void eachMoveTheCitizenDidNotMakeIsToldInEveryLanguageWithoutPersonalData(EventAction action) {
        for (Language language : Language.values()) {
            ServiceRequest request = after(action, language, Channel.PORTAL);
            assertEquals(action, request.newMove().orElseThrow().action());

            Optional<Notice> notice = Notices.about(request);

            assertEquals(Optional.ofNullable(TOLD.get(action)), notice.map(Notice::purpose), action + " " + language);
            notice.ifPresent(told -> {
                String text = told.text();
                assertFalse(text.contains("??"), text);
                assertTrue(text.startsWith(sender(language)), text);
                assertTrue(text.contains(request.trackingNumber().formatted()), text);
                for (String personal : List.of(DESCRIPTION, NAME, "13800138000", QUESTION, REPLY, REASON)) {
                    assertFalse(text.contains(personal), text);
                }
            });
        }
    }

    @Test
    void aRequestTakenOnThePhoneIsToldItsTrackingNumber() {
        ServiceRequest byPhone = submitted(Language.EN, Channel.PHONE);

        Notice notice = Notices.about(byPhone).orElseThrow();

        assertEquals("notice.taken-by-phone", notice.purpose());
        assertTrue(notice.text().contains(byPhone.trackingNumber().formatted()), notice.text());
        assertTrue(notice.text().contains("Zhili Livelihood Team"), notice.text());
        assertTrue(Notices.about(submitted(Language.ZH, Channel.WECHAT)).isEmpty(), "the citizen saw the receipt");
    }

    @Test
    void aTransferNamesTheNewUnitInTheCitizensLanguage() {
        ServiceRequest request = submitted(Language.ZH, Channel.PORTAL);
        request.transferTo(VETERANS, CLERK, REASON, next());

        assertEquals("【警务服务】您的诉求 " + request.trackingNumber().formatted() + " 已转交老兵驿站办理。",
                Notices.about(request).orElseThrow().text());
    }

    @Test
    void aLowRatingIsToldOnlyWhenStaffRecordedIt() {
        ServiceRequest byClerk = resolved(Language.ZH);
        byClerk.recordReturnVisit(CLERK, 2, "还差一半", SUPERVISOR, next());
        ServiceRequest byCitizen = resolved(Language.ZH);
        byCitizen.recordCitizenReturnVisit(2, "还差一半", SUPERVISOR, next());
        ServiceRequest closed = resolved(Language.ZH);
        closed.recordReturnVisit(CLERK, 5, null, null, next());

        assertEquals("notice.reopened", Notices.about(byClerk).orElseThrow().purpose());
        assertTrue(Notices.about(byCitizen).isEmpty());
        assertTrue(Notices.about(closed).isEmpty());
    }

    @Test
    void textsFitTheirMessageBudgetWithAUnitOfUsualLength() {
        for (String kind : TOLD.values()) {
            ServiceRequest request = submitted(Language.ZH, Channel.PORTAL);
            for (Language language : Language.values()) {
                String text = Messages.text(language, kind, request.trackingNumber().formatted(), ZHILI.name(language));
                assertTrue(text.codePointCount(0, text.length()) <= budget(language), text.length() + ": " + text);
            }
        }
    }

    /** How every notice in the language names who sends it. */
    private static String sender(Language language) {
        return switch (language) {
            case ZH -> "【警务服务】";
            case EN -> "[Police services] ";
            case RU -> "[Услуги полиции] ";
        };
    }

    /** Characters a notice may have: Chinese in one UCS-2 part, English in one GSM part, Russian in two UCS-2 parts. */
    private static int budget(Language language) {
        return switch (language) {
            case ZH -> 70;
            case EN -> 160;
            case RU -> 2 * 67;
        };
    }

    /** A request whose latest move is the action, by the shortest legal path. */
    private ServiceRequest after(EventAction action, Language language, Channel channel) {
        ServiceRequest request = submitted(language, channel);
        switch (action) {
            case SUBMITTED -> { }
            case ACCEPTED -> request.accept(CLERK, next());
            case REJECTED -> request.reject(CLERK, REASON, next());
            case TRANSFERRED -> request.transferTo(VETERANS, CLERK, REASON, next());
            case MERGED -> request.mergeInto(submitted(language, channel), CLERK, next());
            case DISPATCHED -> {
                request.accept(CLERK, next());
                request.dispatch(CLERK, "zhao.lei", next());
            }
            case HANDLING_STARTED -> inProgress(request);
            case CITIZEN_ASKED -> {
                inProgress(request);
                request.askCitizen(CLERK, QUESTION, next());
            }
            case CITIZEN_ANSWERED -> {
                inProgress(request);
                request.askCitizen(CLERK, QUESTION, next());
                request.citizenAnswers("合同已上传。", next());
            }
            case REPLIED -> {
                inProgress(request);
                request.replyToCitizen(CLERK, REPLY, next());
            }
            case FOLLOWED_UP -> {
                inProgress(request);
                request.replyToCitizen(CLERK, REPLY, next());
                request.followUp(CLERK, null, next());
            }
            case RETURN_VISITED -> {
                inProgress(request);
                request.replyToCitizen(CLERK, REPLY, next());
                request.recordReturnVisit(CLERK, 1, "没有解决", SUPERVISOR, next());
            }
            case WITHDRAWN -> request.withdraw("已经自行解决。", next());
            case PRIORITY_CHANGED -> request.changePriority(CLERK, Priority.URGENT, next());
            case NOTE_ADDED -> request.addInternalNote(CLERK, "已联系劳动监察大队。", next());
            case HANDED_OVER -> {
                inProgress(request);
                request.replyToCitizen(CLERK, REPLY, next());
                request.recordReturnVisit(CLERK, 1, "没有解决", SUPERVISOR, next());
                request.handOver("qian.feng", "admin", next());
            }
        }
        return request;
    }

    private ServiceRequest resolved(Language language) {
        ServiceRequest request = submitted(language, Channel.PORTAL);
        inProgress(request);
        request.replyToCitizen(CLERK, REPLY, next());
        return request;
    }

    private void inProgress(ServiceRequest request) {
        request.accept(CLERK, next());
        request.startHandling(CLERK, next());
    }

    private ServiceRequest submitted(Language language, Channel channel) {
        Submission submission = new Submission(RequestType.DISPUTE, "unpaid-wages", DESCRIPTION, "330502100",
                "织里镇大港路 88 号", NAME, PHONE, language, channel, Map.of(), Priority.NORMAL);
        return ServiceRequest.submit(TrackingNumber.random(random), submission, "{}",
                new RoutingRule("DISPUTE", "", "330502100", ZHILI, now), "您的矛盾纠纷已转交织里民生服务队。",
                Priority.NORMAL, now);
    }

    private Instant next() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }
}
