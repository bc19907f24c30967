package io.jingwu.api.repeats.control;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.repeats.entity.Fingerprint;
import io.jingwu.api.repeats.entity.RepeatKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FingerprintsTest {

    private static final DataKeys KEYS = keys(1);
    private static final List<String> ZHILI = List.of("织里镇", "吴兴区", "湖州市", "浙江省");
    private static final String TEXT = "童装加工厂老板拖欠三名工人两个月工资，约一万八千元。";

    private static Map<RepeatKind, Long> prints(DataKeys keys, String division, String address, String text) {
        return Fingerprints.of(keys, keys.lookupHash("phone", "+8613800000001"), division, ZHILI, address, text)
                .stream().collect(Collectors.toMap(Fingerprint::kind, Fingerprint::value));
    }

    @Test
    void theSamePlaceWrittenDifferentlyHasOneFingerprintInOneDivisionOnly() {
        long place = prints(KEYS, "330502100", "织里镇大河路18号", TEXT).get(RepeatKind.SAME_PLACE);
        assertEquals(place, prints(KEYS, "330502100", "浙江省湖州市 织里镇 大河路 18 号", TEXT).get(RepeatKind.SAME_PLACE));
        assertNotEquals(place, prints(KEYS, "330502001", "织里镇大河路18号", TEXT).get(RepeatKind.SAME_PLACE));
    }

    @Test
    void theKeyedValuesDifferUnderAnotherKey() {
        Map<RepeatKind, Long> one = prints(KEYS, "330502100", "大河路18号", TEXT);
        Map<RepeatKind, Long> other = prints(keys(2), "330502100", "大河路18号", TEXT);
        for (RepeatKind kind : RepeatKind.values()) {
            assertNotEquals(one.get(kind), other.get(kind), kind.name());
        }
    }

    @Test
    void noAddressMeansNoPlaceFingerprint() {
        assertFalse(prints(KEYS, "330502100", null, TEXT).containsKey(RepeatKind.SAME_PLACE));
        assertFalse(prints(KEYS, "330502100", " ，", TEXT).containsKey(RepeatKind.SAME_PLACE));
        assertEquals(List.of(RepeatKind.SAME_PHONE, RepeatKind.SIMILAR_TEXT),
                Arrays.stream(RepeatKind.values()).filter(prints(KEYS, "330502100", null, TEXT)::containsKey).toList());
    }

    @Test
    void thePhoneFingerprintIsThePhoneHashCutTo64Bits() {
        String hash = KEYS.lookupHash("phone", "+8613800000001");
        assertEquals(Long.parseUnsignedLong(hash.substring(0, 16), 16),
                prints(KEYS, "330502100", null, TEXT).get(RepeatKind.SAME_PHONE));
    }

    private static DataKeys keys(int seed) {
        byte[] key = new byte[DataKeys.KEY_BYTES];
        Arrays.fill(key, (byte) seed);
        return DataKeys.derive(key);
    }

}
