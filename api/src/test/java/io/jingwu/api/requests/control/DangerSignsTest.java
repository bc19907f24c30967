package io.jingwu.api.requests.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DangerSignsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "邻居拿着刀在楼道里骂人", "他们在店门口打人了", "隔壁着火了，好多烟", "救命！有人闯进我家", "我老公喝醉了又家暴",
            "老板带人来，有工人被打得流血", "Someone has a KNIFE outside my door", "the kitchen next door is on fire",
            "my neighbour is hitting his wife", "a man is bleeding on the street", "please help me, he is attacking us",
            "ｋｎｉｆｅ in full width"})
    void dangerIsSpotted(String text) {
        assertTrue(DangerSigns.foundIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "老板拖欠三个月工资不给", "房东不退押金", "楼上装修噪音太大", "I was fired from my job and not paid",
            "the landlord keeps my deposit", "my ID card is lost", "campfire stories are not a dispute"})
    void ordinaryDisputesAreNotUrgent(String text) {
        assertFalse(DangerSigns.foundIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void nothingWrittenIsNothingFound(String text) {
        assertFalse(DangerSigns.foundIn(text, null));
    }
}
