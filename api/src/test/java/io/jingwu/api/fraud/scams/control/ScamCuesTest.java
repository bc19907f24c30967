package io.jingwu.api.fraud.scams.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.jingwu.api.fraud.scams.entity.CueFinding;
import io.jingwu.api.fraud.scams.entity.ScamCue;
import io.jingwu.api.platform.language.LabelledText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScamCuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        SAFE_ACCOUNT                   | 你名下账户涉嫌洗钱，需要把资金转到国家安全账户进行清查
        SAFE_ACCOUNT                   | 配合我们做一下资金清查，钱核实完会原路退回
        SAFE_ACCOUNT                   | 把存款转到安 全 账 户
        SAFE_ACCOUNT                   | 請把錢轉到安全帳戶
        SAFE_ACCOUNT                   | You must move your savings to a safe account while the case is open
        SAFE_ACCOUNT                   | Переведите деньги на безопасный счёт
        VERIFICATION_CODE_REQUEST      | 你手机收到的验证码报一下给我
        VERIFICATION_CODE_REQUEST      | 麻烦把短信里的验证码发我一下，退款马上到
        VERIFICATION_CODE_REQUEST      | 请告诉我您收到的验证码
        VERIFICATION_CODE_REQUEST      | Please read me the verification code we just sent
        VERIFICATION_CODE_REQUEST      | send me the 6-digit code so I can confirm the refund
        VERIFICATION_CODE_REQUEST      | Продиктуйте код из смс
        SCREEN_SHARING                 | 下载腾讯会议，输入会议号后点共享屏幕
        SCREEN_SHARING                 | 打开屏幕共享，我帮你操作退款
        SCREEN_SHARING                 | Install AnyDesk and give me the nine-digit number
        SCREEN_SHARING                 | we need you to share your screen so I can verify the transfer
        SCREEN_SHARING                 | включите демонстрацию экрана
        REMOTE_OR_UNKNOWN_APP_DOWNLOAD | 点击链接下载办案APP，查看你的通缉令
        REMOTE_OR_UNKNOWN_APP_DOWNLOAD | 先下载一个叫“云闪贷”的软件
        REMOTE_OR_UNKNOWN_APP_DOWNLOAD | download this app to track your refund
        REMOTE_OR_UNKNOWN_APP_DOWNLOAD | Скачайте приложение по ссылке
        ADVANCE_FEE                    | 您的贷款已审批，需先交2000元解冻费才能放款
        ADVANCE_FEE                    | 提现前需要缴纳百分之十的个人所得税才能到账
        ADVANCE_FEE                    | 账户被冻结，要交保证金
        ADVANCE_FEE                    | pay the unlock fee of 300 USD and the loan is released
        ADVANCE_FEE                    | a customs fee is due before delivery
        ADVANCE_FEE                    | нужна предоплата за доставку
        SECRECY                        | 这是秘密侦查，不要告诉家人
        SECRECY                        | 此事务必保密，不能让你爸妈知道
        SECRECY                        | Grandma, please don't tell mom about this
        SECRECY                        | Никому не говорите об этом звонке
        URGENCY                        | 30分钟内不处理，账户将被冻结
        URGENCY                        | 马上转过来
        URGENCY                        | you must pay within 2 hours
        URGENCY                        | это срочно
        ARREST_OR_CASE_THREAT          | 你涉嫌一起洗钱案，已对你发出通缉令
        ARREST_OR_CASE_THREAT          | 不配合就对你采取强制措施，逮捕令已经下来了
        ARREST_OR_CASE_THREAT          | there is an arrest warrant in your name
        ARREST_OR_CASE_THREAT          | Your residence permit will be cancelled and you will be deported
        ARREST_OR_CASE_THREAT          | На вас заведено уголовное дело
        """)
    void findsTheCueInEachLanguage(ScamCue expected, String text) {
        Set<ScamCue> found = cues(text);
        assertTrue(found.contains(expected), () -> text + " -> " + ScamCues.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "公检法不会要求转账到安全账户",
        "【反诈提醒】公检法机关绝不会通过电话办案，更不存在所谓的安全账户",
        "凡是要求你把钱转到安全账户的，都是诈骗",
        "【工商银行】验证码482913，您正在进行转账，请勿泄露。",
        "验证码：6728，切勿告诉他人",
        "不要把验证码告诉任何人，包括自称银行客服的人",
        "Your verification code is 482913. Never share this code with anyone.",
        "Do not share the security code with anyone, including bank staff.",
        "Police will never ask you to move money to a safe account.",
        "Полиция никогда не просит переводить деньги на безопасный счёт",
        "请下载国家反诈中心APP，开启来电预警",
    })
    void publicityAndGenuineNoticesRaiseNoCue(String text) {
        Set<ScamCue> found = cues(text);
        assertTrue(found.stream().noneMatch(EnumSet.of(ScamCue.SAFE_ACCOUNT, ScamCue.VERIFICATION_CODE_REQUEST,
                ScamCue.REMOTE_OR_UNKNOWN_APP_DOWNLOAD)::contains), () -> text + " -> " + ScamCues.find(text));
    }

    @Test
    void findingsGiveTheSpanAsWritten() {
        String text = "民警：你涉嫌洗錢，馬上把錢轉到安全帳戶，不要告訴家人。";
        List<CueFinding> findings = ScamCues.find(text);
        assertEquals(List.of(ScamCue.ARREST_OR_CASE_THREAT, ScamCue.URGENCY, ScamCue.SAFE_ACCOUNT, ScamCue.SECRECY),
                findings.stream().map(CueFinding::cue).toList());
        for (CueFinding finding : findings) {
            assertEquals(text.substring(finding.start(), finding.end()), finding.matched());
        }
        assertEquals("安全帳戶", findings.get(2).matched());
    }

    @Test
    void aCueMatchedByOverlappingPatternsIsFoundOnce() {
        assertEquals(1, ScamCues.find("国家安全账户").size());
    }

    @Test
    void aNegationInAnotherClauseDoesNotCount() {
        assertEquals(Set.of(ScamCue.SAFE_ACCOUNT), cues("我们不会害你，钱转到安全账户"));
    }

    @Test
    void nothingToFindInEmptyText() {
        assertTrue(ScamCues.find("").isEmpty());
        assertTrue(ScamCues.find(null).isEmpty());
        assertTrue(ScamCues.find("明天一起吃饭吧").isEmpty());
    }

    @Test
    void everyCueHasPatternsInChineseEnglishAndRussian() {
        List<LabelledText> patterns = ScamCues.patterns();
        for (ScamCue cue : ScamCue.values()) {
            Set<String> languages = patterns.stream().filter(p -> p.label().equals(cue.name()))
                    .map(LabelledText::lang).collect(Collectors.toSet());
            assertEquals(Set.of("zh", "en", "ru"), languages, cue.name());
        }
    }

    private static Set<ScamCue> cues(String text) {
        return ScamCues.find(text).stream().map(CueFinding::cue).collect(Collectors.toSet());
    }
}
