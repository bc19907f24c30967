package io.jingwu.chatbot.intents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.chatbot.intents.entity.Intent;
import io.jingwu.chatbot.intents.entity.IntentPrediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quality of the intent model on text it was not trained on. Every fifth example of each
 * intent and language is held out; the model used by the other tests is trained on the
 * full corpus, as in production.
 */
class IntentModelTest {

    static final double MIN_CONFIDENCE = Double.parseDouble(IntentClassifier.DEFAULT_MIN_CONFIDENCE);
    static final double MIN_ACCURACY = 0.85;
    static final double MIN_RECALL = 0.70;

    static IntentModel model;

    @BeforeAll
    static void trainOnTheWholeCorpus() {
        model = IntentModelTrainer.train(IntentCorpus.load());
    }

    @Test
    void heldOutExamplesAreRecognised() {
        List<LabelledText> training = new ArrayList<>();
        List<LabelledText> heldOut = new ArrayList<>();
        Map<String, Integer> seenPerGroup = new HashMap<>();
        for (LabelledText example : IntentCorpus.load()) {
            int seen = seenPerGroup.merge(example.label() + "/" + example.lang(), 1, Integer::sum);
            (seen % 5 == 0 ? heldOut : training).add(example);
        }
        long started = System.nanoTime();
        IntentModel heldOutModel = IntentModelTrainer.train(training);
        long trainingMillis = (System.nanoTime() - started) / 1_000_000;

        Map<Intent, int[]> hitsAndTotals = new EnumMap<>(Intent.class);
        List<String> misses = new ArrayList<>();
        int hits = 0;
        for (LabelledText example : heldOut) {
            IntentPrediction prediction = heldOutModel.classify(example.text(), MIN_CONFIDENCE);
            Intent expected = Intent.valueOf(example.label());
            int[] counts = hitsAndTotals.computeIfAbsent(expected, intent -> new int[2]);
            counts[1]++;
            if (prediction.intent() == expected) {
                counts[0]++;
                hits++;
            } else {
                misses.add(String.format("  missed %s as %s (%.2f): %s", expected, prediction.intent(),
                        prediction.confidence(), example.text()));
            }
        }
        double accuracy = (double) hits / heldOut.size();
        System.out.printf("held-out: %d examples, trained on %d in %d ms, accuracy %.3f at min confidence %.2f%n",
                heldOut.size(), training.size(), trainingMillis, accuracy, MIN_CONFIDENCE);
        hitsAndTotals.forEach((intent, counts) -> System.out.printf("  recall %-16s %.3f (%d/%d)%n",
                intent, (double) counts[0] / counts[1], counts[0], counts[1]));
        misses.forEach(System.out::println);

        assertTrue(accuracy >= MIN_ACCURACY, "held-out accuracy " + accuracy);
        hitsAndTotals.forEach((intent, counts) -> assertTrue((double) counts[0] / counts[1] >= MIN_RECALL,
                intent + " recall " + (double) counts[0] / counts[1]));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "今天西湖边适合散步吗", "糖醋排骨的做法", "宁德时代明天会涨停吗", "来个冷笑话",
        "湖人和勇士谁厉害", "帮我检查一下这篇英语作文的语法", "你平时喜欢听什么歌",
        "asdkjhqwe", "zxqv ploi", "啊吧啊吧啊吧", "？？？", "", "   ", "🙂🙂🙂",
        "is it going to be windy this afternoon", "how long should I boil an egg",
        "what do you think about the Warriors this season", "do my algebra homework",
        "tell me a knock knock joke", "blorp snarf quux",
    })
    void offTopicAndGibberishAreOutOfScope(String text) {
        IntentPrediction prediction = model.classify(text, MIN_CONFIDENCE);
        assertEquals(Intent.OUT_OF_SCOPE, prediction.intent(), () -> text + " -> " + prediction);
    }

    @Test
    void textWithNothingToJudgeHasNoConfidence() {
        assertEquals(IntentPrediction.nothingToJudge(), model.classify("!!!", MIN_CONFIDENCE));
        assertEquals(IntentPrediction.nothingToJudge(), model.classify("qqxjz wvvk", MIN_CONFIDENCE));
    }

    @Test
    void anUnsureModelAnswersOutOfScopeWithItsConfidence() {
        IntentPrediction sure = model.predict("我的身份证丢了，怎么补办");
        IntentPrediction refused = model.classify("我的身份证丢了，怎么补办", sure.confidence() + 0.01);
        assertEquals(new IntentPrediction(Intent.OUT_OF_SCOPE, sure.confidence()), refused);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        GREETING         | 您好，请问在线吗？
        GREETING         | 哈喽，想问点事情
        GREETING         | hello, anyone online?
        GREETING         | hi there, what can you help with
        REPORT_DISPUTE   | 老板拖了我两个月工资，一直说下个月发
        REPORT_DISPUTE   | 退房的时候房东说墙脏了，押金一分不退
        REPORT_DISPUTE   | 楼上邻居天天半夜洗衣服，吵得没法睡
        REPORT_DISPUTE   | the boss at the factory hasn't paid any of us since march
        REPORT_DISPUTE   | my landlord won't give my deposit back after I moved out
        REISSUE_DOCUMENT | 身份证不小心弄丢了，补一张要带啥
        REISSUE_DOCUMENT | 在学校里可以补办身份证吗，我是大二学生
        REISSUE_DOCUMENT | 公司让我开无犯罪记录证明，去哪里开
        REISSUE_DOCUMENT | I lost my ID card yesterday, how can I get a replacement
        REISSUE_DOCUMENT | how do I renew my residence permit as a foreigner
        CHECK_FRAUD      | 有个自称公安的人说我涉嫌洗钱，让我转钱到安全账户
        CHECK_FRAUD      | 网上做刷单兼职，垫付了两千提不出来了
        CHECK_FRAUD      | 收到短信说我的快递丢失要理赔，让我点链接
        CHECK_FRAUD      | someone on the phone says he is a police officer and I must move my savings to a safe account
        CHECK_FRAUD      | is this a scam? they want my bank verification code
        TRACK_REQUEST    | 我前天提交的申请现在什么进度
        TRACK_REQUEST    | 帮我查一下受理编号 JW5R8T2M6Q 的处理情况
        TRACK_REQUEST    | what is the status of my request JW5R8T2M6Q
        TRACK_REQUEST    | any update on the report I made last week?
        HUMAN_HANDOFF    | 我要和人工客服说话
        HUMAN_HANDOFF    | 机器人听不懂，帮我找个民警
        HUMAN_HANDOFF    | I want to talk to a real person please
        HUMAN_HANDOFF    | can I speak with an officer instead of a bot
        """)
    void unseenSentencesAreUnderstood(Intent expected, String text) {
        IntentPrediction prediction = model.classify(text, MIN_CONFIDENCE);
        assertEquals(expected, prediction.intent(), () -> text + " -> " + prediction + " " + model.probabilities(text));
    }

    /**
     * The model learnt Chinese and English only. A conversation in Russian (replies in Russian) is still read by it:
     * Russian words are nothing it knows, so the chatbot answers with what it can do instead of guessing, and the
     * English a Russian speaker mixes in is understood.
     */
    @Test
    void russianTextIsReadWithoutGuessing() {
        assertEquals(Intent.OUT_OF_SCOPE, model.classify("Здравствуйте, у меня украли кошелёк на рынке", MIN_CONFIDENCE).intent());
        assertEquals(Intent.OUT_OF_SCOPE, model.classify("Соедините меня с сотрудником, пожалуйста", MIN_CONFIDENCE).intent());
        assertEquals(Intent.HUMAN_HANDOFF, model.classify("Пожалуйста, talk to a person", MIN_CONFIDENCE).intent());
    }

    @Test
    void traditionalCharactersAreUnderstoodToo() {
        assertEquals(Intent.CHECK_FRAUD, model.classify("有人說我涉嫌洗錢，要我轉帳到安全賬戶", MIN_CONFIDENCE).intent());
        assertEquals(Intent.REISSUE_DOCUMENT, model.classify("身份證丟了怎麼補辦", MIN_CONFIDENCE).intent());
    }
}
