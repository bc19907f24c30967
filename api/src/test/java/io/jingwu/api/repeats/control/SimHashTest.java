package io.jingwu.api.repeats.control;

import org.junit.jupiter.api.Test;

import io.jingwu.api.platform.crypto.KeyedHash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SimHash is a probabilistic fingerprint: how far an edit moves it depends on the key. So each property is checked
 * under many fixed keys, and the edits a citizen makes when reporting the same thing again must stay within the
 * default distance for (nearly) all of them, while different complaints on the same topic never do.
 */
class SimHashTest {

    private static final int MAX_DISTANCE = Integer.parseInt(RepeatSettings.DEFAULT_MAX_DISTANCE);
    private static final int KEYS = 100;

    // unpaid wages at a clothing workshop (织里, as in the seed articles), and other complaints on the same topics
    private static final String WAGES = "我在织里镇大河路一家童装加工厂做车工，老板已经拖欠我和另外五个工友三个月的工资，"
            + "一共两万四千元，打电话也不接，请帮我们讨回工资。";
    private static final String OTHER_WAGES = "我在织里镇一家服装厂打工，老板拖欠我两个月的工资八千元，一直找借口不给，"
            + "请帮我讨回工资。";
    private static final String WALL = "我家和隔壁邻居因为院子的围墙高度发生争执，邻居把围墙加高挡住了我家的采光，"
            + "多次沟通都没有结果，希望民警帮忙调解。";
    private static final String OTHER_WALL = "邻居家在我家门口堆放杂物，还把围墙往我家这边移了半米，沟通无果，请求调解。";
    private static final String DEPOSIT = "My landlord refuses to return my deposit of 3000 yuan after I moved out of "
            + "the flat in Zhili last month, and he no longer answers my calls or messages.";
    private static final String NOISE = "The restaurant next door plays loud music every night until two in the "
            + "morning, and none of the neighbours in our building can sleep.";

    @Test
    void spacesPunctuationAndFullWidthFormsChangeNothing() {
        for (SimHash simHash : simHashes(KEYS)) {
            long original = simHash.of(WAGES).getAsLong();
            assertEquals(original, simHash.of(WAGES.replace("，", " ").replace("。", "!!")).getAsLong());
            assertEquals(original, simHash.of(WAGES.replace("织里镇", "织 里 镇").replace("，", ",")).getAsLong());
            assertEquals(simHash.of(DEPOSIT).getAsLong(),
                    simHash.of(DEPOSIT.toUpperCase().replace(",", " ,").replace("3000", "３０００")).getAsLong());
        }
    }

    @Test
    void oneChangedCharacterOrWordStaysWithinTheDistance() {
        assertNearlyAlwaysWithin(WAGES, text -> text.replace("五个工友", "六个工友"));
        assertNearlyAlwaysWithin(WALL, text -> text.replace("院子", "园子"));
        assertNearlyAlwaysWithin(DEPOSIT, text -> text.replace("3000", "3500"));
    }

    @Test
    void aShortSentenceAppendedStaysWithinTheDistanceMostOfTheTime() {
        assertNearlyAlwaysWithin(WAGES, text -> text + "老板姓陈。");
        assertNearlyAlwaysWithin(WALL, text -> text + "谢谢。");
    }

    @Test
    void differentComplaintsOnTheSameTopicAreNeverNear() {
        for (SimHash simHash : simHashes(KEYS)) {
            assertTrue(distance(simHash, WAGES, OTHER_WAGES) > MAX_DISTANCE + 2);
            assertTrue(distance(simHash, WALL, OTHER_WALL) > MAX_DISTANCE + 2);
            assertTrue(distance(simHash, WAGES, WALL) > MAX_DISTANCE + 2);
            assertTrue(distance(simHash, DEPOSIT, NOISE) > MAX_DISTANCE + 2);
        }
    }

    @Test
    void anotherKeyGivesAnUnrelatedFingerprint() {
        List<SimHash> two = simHashes(2);
        int total = 0;
        for (String text : List.of(WAGES, OTHER_WAGES, WALL, OTHER_WALL, DEPOSIT, NOISE)) {
            long first = two.get(0).of(text).getAsLong();
            long second = two.get(1).of(text).getAsLong();
            assertNotEquals(first, second);
            total += SimHash.distance(first, second);
        }
        assertTrue(total > 6 * 20, "about 32 bits apart, as for unrelated texts: " + total / 6.0);
    }

    @Test
    void aTextWithoutLettersOrDigitsHasNoFingerprint() {
        assertTrue(simHashes(1).get(0).of(" ，。！?? ").isEmpty());
    }

    @Test
    void hanTextIsReadAsBigramsAndOtherScriptsAsWords() {
        assertEquals(Map.of("拖欠", 1, "欠工", 1, "工资", 2, "资工", 1, "boss", 1, "3000", 1),
                Shingles.of("拖欠工资，工资 Boss 3000"));
        assertEquals(Map.of("欠", 1, "wages", 1), Shingles.of("wages 欠"));
    }

    private static void assertNearlyAlwaysWithin(String original, UnaryOperator<String> edit) {
        String edited = edit.apply(original);
        assertNotEquals(original, edited);
        int within = 0;
        for (SimHash simHash : simHashes(KEYS)) {
            if (distance(simHash, original, edited) <= MAX_DISTANCE) {
                within++;
            }
        }
        assertTrue(within >= KEYS * 8 / 10, within + " of " + KEYS + " keys: " + edited);
    }

    private static int distance(SimHash simHash, String a, String b) {
        return SimHash.distance(simHash.of(a).getAsLong(), simHash.of(b).getAsLong());
    }

    /** Fixed keys, so that the test gives the same verdict on every run. */
    private static List<SimHash> simHashes(int count) {
        List<SimHash> simHashes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            simHashes.add(new SimHash(new KeyedHash(sha256("simhash-test-key-" + i))));
        }
        return simHashes;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
