package io.jingwu.api.repeats.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.repeats.entity.Fingerprint;
import io.jingwu.api.repeats.entity.RepeatKind;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 一人多警, 一地多警, 重复报警 as the database finds them: the link queries over the stored fingerprints (equal
 * values, or a Hamming distance by {@code BIT_COUNT}) within each kind's window, read back in both directions.
 */
class RepeatLinksDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:15:00Z");

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final RepeatLinks links = DefaultRepeatSettings.links(em);
    /** Fingerprints of this test alone: no other test's requests can match them. */
    private final long phone = new SecureRandom().nextLong();
    private final long text = new SecureRandom().nextLong();


    @Test
    void aRequestIsLinkedToTheEarlierOnesOfTheSamePhoneWithinTheWindowOnly() {
        long tooOld = stored(RequestType.DISPUTE, NOW.minus(Duration.ofDays(60)), print(RepeatKind.SAME_PHONE, phone));
        long withinWindow = stored(RequestType.DISPUTE, NOW.minus(Duration.ofDays(29)),
                print(RepeatKind.SAME_PHONE, phone));
        long otherPhone = stored(RequestType.DISPUTE, NOW.minus(Duration.ofDays(1)),
                print(RepeatKind.SAME_PHONE, phone + 1));
        long newest = stored(RequestType.DISPUTE, NOW, print(RepeatKind.SAME_PHONE, phone));

        Map<Long, Map<Long, Set<RepeatKind>>> found = links.linksOf(List.of(newest, withinWindow, tooOld, otherPhone));

        assertEquals(Map.of(withinWindow, Set.of(RepeatKind.SAME_PHONE)), found.get(newest));
        assertEquals(Map.of(newest, Set.of(RepeatKind.SAME_PHONE)), found.get(withinWindow), "seen from the earlier one");
        assertEquals(null, found.get(tooOld));
        assertEquals(null, found.get(otherPhone));
    }

    @Test
    void nearIdenticalTextsOfOneTypeAreLinkedAndTextsFurtherApartAreNot() {
        long eightBitsApart = stored(RequestType.DISPUTE, NOW.minus(Duration.ofHours(5)),
                print(RepeatKind.SIMILAR_TEXT, text ^ 0xFFL));
        long nineBitsApart = stored(RequestType.DISPUTE, NOW.minus(Duration.ofHours(4)),
                print(RepeatKind.SIMILAR_TEXT, text ^ 0x1FFL));
        long highBitsApart = stored(RequestType.DISPUTE, NOW.minus(Duration.ofHours(3)),
                print(RepeatKind.SIMILAR_TEXT, text ^ 0xF000_0000_0000_0000L));
        long otherType = stored(RequestType.INCIDENT, NOW.minus(Duration.ofHours(2)), print(RepeatKind.SIMILAR_TEXT, text));
        long tooOld = stored(RequestType.DISPUTE, NOW.minus(Duration.ofDays(4)), print(RepeatKind.SIMILAR_TEXT, text));
        long newest = stored(RequestType.DISPUTE, NOW, print(RepeatKind.SIMILAR_TEXT, text));

        Map<Long, Set<RepeatKind>> found = links.linksOf(List.of(newest)).get(newest);

        assertEquals(Map.of(eightBitsApart, Set.of(RepeatKind.SIMILAR_TEXT), highBitsApart, Set.of(RepeatKind.SIMILAR_TEXT)),
                found, "not " + List.of(nineBitsApart, otherType, tooOld));
    }

    @Test
    void aRequestMatchingByManyKindsIsLinkedOnceWithEachKind() {
        long place = new SecureRandom().nextLong();
        long earlier = stored(RequestType.DISPUTE, NOW.minus(Duration.ofDays(1)), print(RepeatKind.SAME_PHONE, phone),
                print(RepeatKind.SAME_PLACE, place), print(RepeatKind.SIMILAR_TEXT, text));
        long newest = stored(RequestType.DISPUTE, NOW, print(RepeatKind.SAME_PHONE, phone),
                print(RepeatKind.SAME_PLACE, place), print(RepeatKind.SIMILAR_TEXT, text ^ 1));

        assertEquals(Map.of(earlier, Set.of(RepeatKind.SAME_PHONE, RepeatKind.SAME_PLACE, RepeatKind.SIMILAR_TEXT)),
                links.linksOf(List.of(newest)).get(newest));
    }

    @Test
    void aHotSpotLinksOnlyTheNewestMatches() {
        List<Long> earlier = IntStream.range(0, RepeatLinks.MAX_LINKS_PER_KIND + 5)
                .mapToObj(i -> stored(RequestType.DISPUTE, NOW.minus(Duration.ofMinutes(100 - i)),
                        print(RepeatKind.SAME_PHONE, phone)))
                .toList();
        long newest = stored(RequestType.DISPUTE, NOW, print(RepeatKind.SAME_PHONE, phone));

        Set<Long> linked = links.linksOf(List.of(newest)).get(newest).keySet();

        assertEquals(Set.copyOf(earlier.subList(5, earlier.size())), linked);
    }

    private long stored(RequestType type, Instant at, Fingerprint... fingerprints) {
        Submission wages = StoredRequests.wagesDispute();
        ServiceRequest request = StoredRequests.stored(em, unit, new Submission(type, wages.category(),
                wages.description(), wages.divisionCode(), wages.address(), wages.contactName(), wages.contactPhone(),
                wages.language(), wages.channel(), wages.answers(), wages.priority()), Priority.NORMAL, at);
        links.linkAndStore(request.id(), type, wages.divisionCode(), at, List.of(fingerprints));
        return request.id();
    }

    private static Fingerprint print(RepeatKind kind, long value) {
        return new Fingerprint(kind, value);
    }
}
