package io.jingwu.chatbot.dialog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.chatbot.intents.entity.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReplyCatalogTest {

    private final ReplyCatalog catalog = new ReplyCatalog();

    @ParameterizedTest
    @EnumSource(Intent.class)
    void everyIntentIsAnsweredInEveryLanguage(Intent intent) {
        for (Language language : Language.values()) {
            List<String> replies = catalog.repliesTo(intent, language);
            assertFalse(replies.isEmpty(), intent + " " + language);
            replies.forEach(reply -> assertFalse(reply.isBlank() || reply.contains("{"), reply));
        }
    }

    @Test
    void chineseAndRussianRepliesAreReadAsUtf8() {
        assertTrue(all(Intent.GREETING, Language.ZH).contains("您好"));
        assertTrue(all(Intent.GREETING, Language.RU).contains("Здравствуйте"));
    }

    /** The numbered replies and the worded ones (a request's status): the same keys in every language. */
    @Test
    void everyReplyExistsInEveryLanguage() throws Exception {
        Properties chinese = bundle("replies", Language.DEFAULT);
        Properties refusals = bundle("validation", Language.DEFAULT);
        for (Language language : Language.values()) {
            assertEquals(chinese.keySet(), bundle("replies", language).keySet(), language.tag());
            assertEquals(refusals.keySet(), bundle("validation", language).keySet(), language.tag());
        }
    }

    @Test
    void theStatusOfARequestIsWordedInRussian() {
        assertEquals("Обращение ABCD-EFGH-JKLM: статус «Подано», его рассматривает Zhili Livelihood Team.",
                catalog.reply(Language.RU, "TRACK_REQUEST.found", "ABCD-EFGH-JKLM", "Подано", "Zhili Livelihood Team"));
    }

    @Test
    void disputesPointToTheOnlineFormAndToEmergencyCalls() {
        for (Language language : Language.values()) {
            String replies = all(Intent.REPORT_DISPUTE, language);
            assertTrue(replies.contains("(/)") || replies.contains("（/）"), replies);
            assertTrue(replies.contains("110"), replies);
        }
    }

    @Test
    void fraudRepliesGiveTheCoreRulesAndAnnounceTheCheck() {
        String zh = all(Intent.CHECK_FRAUD, Language.ZH);
        for (String rule : List.of("公检法", "安全账户", "不要向陌生人转账", "110", "96110", "核查")) {
            assertTrue(zh.contains(rule), rule);
        }
        String en = all(Intent.CHECK_FRAUD, Language.EN);
        for (String rule : List.of("never handle cases by phone", "safe account", "never transfer money", "110", "96110", "fraud check")) {
            assertTrue(en.contains(rule), rule);
        }
        String ru = all(Intent.CHECK_FRAUD, Language.RU);
        for (String rule : List.of("никогда не ведут дела по телефону", "безопасного счёта", "никогда не переводите деньги",
                "110", "96110", "проверка на мошенничество")) {
            assertTrue(ru.contains(rule), rule);
        }
    }

    @Test
    void documentRepliesSayWhereAndWhatToBring() {
        String zh = all(Intent.REISSUE_DOCUMENT, Language.ZH);
        for (String topic : List.of("身份证", "临时身份证", "居住证", "无犯罪记录证明", "护照", "出入境", "工作站")) {
            assertTrue(zh.contains(topic), topic);
        }
        String en = all(Intent.REISSUE_DOCUMENT, Language.EN).toLowerCase(Locale.ROOT);
        for (String topic : List.of("id card", "temporary id", "residence permit", "no-criminal-record", "passport", "exit-entry")) {
            assertTrue(en.contains(topic), topic);
        }
        String ru = all(Intent.REISSUE_DOCUMENT, Language.RU).toLowerCase(new Locale("ru"));
        for (String topic : List.of("удостоверение личности", "временное удостоверение", "свидетельство о проживании",
                "справка об отсутствии судимости", "паспорт", "управление по делам въезда и выезда", "отделения полиции")) {
            assertTrue(ru.contains(topic), topic);
        }
    }

    @Test
    void trackingAsksForTheTrackingNumberAndHandoffNamesTheDutyClerk() {
        assertTrue(all(Intent.TRACK_REQUEST, Language.ZH).contains("受理编号"));
        assertTrue(all(Intent.TRACK_REQUEST, Language.EN).contains("tracking number"));
        assertTrue(all(Intent.HUMAN_HANDOFF, Language.ZH).contains("值班"));
        assertTrue(all(Intent.HUMAN_HANDOFF, Language.EN).contains("duty clerk"));
        assertTrue(all(Intent.TRACK_REQUEST, Language.RU).contains("номер Вашего обращения"));
        assertTrue(all(Intent.HUMAN_HANDOFF, Language.RU).contains("дежурному сотруднику"));
    }

    private static Properties bundle(String name, Language language) throws Exception {
        Properties texts = new Properties();
        try (InputStream in = ReplyCatalogTest.class.getResourceAsStream(
                "/io/jingwu/chatbot/dialog/" + name + "_" + language.tag() + ".properties")) {
            assertNotNull(in, name + " " + language.tag());
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private String all(Intent intent, Language language) {
        return String.join("\n", catalog.repliesTo(intent, language));
    }
}
