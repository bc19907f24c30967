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
import java.time.LocalDateTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 重复报警 through the index of similar texts links exactly what the distance rule links within its scope (the
 * request type in the county): every earlier request of the window at most 8 bits away, the newest 20. The rule
 * is asked of the database as it was before the index, a scan with {@code BIT_COUNT} over the scope's window, and
 * both answers are compared: at every distance from 0 to 12 however the bits fall into the blocks, at the edges
 * of the window, at the cap, and over random neighbourhoods.
 */
class SimilarTextSearchDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:15:00Z");
    private static final Duration WINDOW = Duration.ofDays(3);
    private static final String COUNTY_TOWN = "330502100";
    private static final int MAX_DISTANCE = 8;

    /** Today's distance rule over the scope's window, newest first: a scan of every text fingerprint in it. */
    private static final String DISTANCE_RULE = """
            SELECT f.request_id FROM request_fingerprints f JOIN requests r ON r.id = f.request_id
            WHERE f.kind = 'SIMILAR_TEXT' AND f.request_type = ? AND LEFT(r.division_code, 6) = ?
              AND f.created_at >= ? AND f.created_at <= ? AND f.request_id <> ? AND BIT_COUNT(f.value ^ ?) <= ?
            ORDER BY f.created_at DESC, f.request_id DESC LIMIT 20""";

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final RepeatLinks links = DefaultRepeatSettings.links(em);
    private final long seed = new SecureRandom().nextLong();
    private final Random random = new Random(seed);
    /** A text fingerprint of this test alone: no other test's requests are near it. */
    private final long text = random.nextLong();


    @Test
    void everyTextUpToEightBitsAwayIsLinkedHoweverItsBitsFallIntoTheBlocks() {
        List<Long> near = new ArrayList<>();
        int minute = 0;
        for (int distance = 0; distance <= 12; distance++) {
            // one changed bit in each of `distance` blocks: at 8, a single block is left equal
            long spread = stored(NOW.minus(Duration.ofMinutes(++minute)), text ^ oneBitPerBlock(distance));
            if (distance <= MAX_DISTANCE) {
                near.add(spread);
            }
        }
        for (int distance = 1; distance <= MAX_DISTANCE; distance++) {
            // all changed bits in the top block (8 bits wide): the other eight blocks are equal
            near.add(stored(NOW.minus(Duration.ofMinutes(++minute)), text ^ (((1L << distance) - 1) << 56)));
        }
        for (int distance = MAX_DISTANCE + 1; distance <= 12; distance++) {
            stored(NOW.minus(Duration.ofMinutes(++minute)), text ^ randomBits(distance));
        }
        long newest = stored(NOW, text);

        assertEquals(Set.copyOf(near), linked(newest));
        assertEquals(distanceRule(newest, COUNTY_TOWN), linkedNewestFirst(newest));
    }

    @Test
    void theWindowAndTheScopeBoundTheSearchAsTheyBoundTheRule() {
        long atTheStart = stored(NOW.minus(WINDOW), text ^ 1);
        stored(NOW.minus(WINDOW).minusMillis(1), text ^ 2);
        long atTheSameMoment = stored(NOW, text ^ 4);
        stored(NOW.plusMillis(1), text ^ 8);
        long sameCountyOtherTown = stored(RequestType.DISPUTE, "330502101", NOW.minus(Duration.ofHours(1)), text ^ 16);
        long theCountyItself = stored(RequestType.DISPUTE, "330502", NOW.minus(Duration.ofHours(2)), text ^ 32);
        stored(RequestType.DISPUTE, "330503100", NOW.minus(Duration.ofHours(3)), text);
        stored(RequestType.INCIDENT, COUNTY_TOWN, NOW.minus(Duration.ofHours(4)), text);
        long newest = stored(NOW, text);

        assertEquals(Set.of(atTheStart, atTheSameMoment, sameCountyOtherTown, theCountyItself), linked(newest));
        assertEquals(distanceRule(newest, COUNTY_TOWN), linkedNewestFirst(newest));
    }

    @Test
    void aHotSpotLinksTheNewestTwentyAsTheRuleOrdersThem() {
        List<Long> matches = IntStream.range(0, RepeatLinks.MAX_LINKS_PER_KIND + 10)
                // pairs submitted in the same millisecond: the later id counts as the newer one
                .mapToObj(i -> stored(NOW.minus(Duration.ofMinutes(40 - i / 2)), text ^ randomBits(random.nextInt(9))))
                .toList();
        long newest = stored(NOW, text);

        List<Long> linked = linkedNewestFirst(newest);
        assertEquals(RepeatLinks.MAX_LINKS_PER_KIND, linked.size());
        List<Long> newestTwenty = new ArrayList<>(matches.subList(10, matches.size()));
        Collections.reverse(newestTwenty);
        assertEquals(newestTwenty, linked, "seed " + seed);
        assertEquals(distanceRule(newest, COUNTY_TOWN), linked, "seed " + seed);
    }

    @Test
    void aRandomNeighbourhoodIsLinkedAsTheRuleLinksIt() {
        for (int round = 0; round < 3; round++) {
            long query = random.nextLong();
            for (int i = 0; i < 120; i++) {
                String division = random.nextInt(4) == 0 ? "330503100" : COUNTY_TOWN;
                Instant at = NOW.minus(Duration.ofMinutes(random.nextInt((int) WINDOW.toMinutes() + 600)));
                stored(RequestType.DISPUTE, division, at, query ^ randomBits(random.nextInt(13)));
            }
            long newest = stored(RequestType.DISPUTE, COUNTY_TOWN, NOW, query);

            List<Long> expected = distanceRule(newest, COUNTY_TOWN);
            assertTrue(expected.size() > 3, "the neighbourhood holds matches: " + expected);
            assertEquals(expected, linkedNewestFirst(newest), "round " + round + ", seed " + seed);
        }
    }

    // ---- requests and the two answers ---------------------------------------------------------------------

    private long stored(Instant at, long fingerprint) {
        return stored(RequestType.DISPUTE, COUNTY_TOWN, at, fingerprint);
    }

    private long stored(RequestType type, String divisionCode, Instant at, long fingerprint) {
        Submission wages = StoredRequests.wagesDispute();
        ServiceRequest request = StoredRequests.stored(em, unit, new Submission(type, wages.category(),
                wages.description(), divisionCode, wages.address(), wages.contactName(), wages.contactPhone(),
                wages.language(), wages.channel(), wages.answers(), wages.priority()), Priority.NORMAL, at);
        links.linkAndStore(request.id(), type, divisionCode, at,
                List.of(new Fingerprint(RepeatKind.SIMILAR_TEXT, fingerprint)));
        return request.id();
    }

    private Set<Long> linked(long request) {
        return Set.copyOf(linkedNewestFirst(request));
    }

    /** The requests the search linked this one to, newest first as the rule orders them. */
    private List<Long> linkedNewestFirst(long request) {
        return em.createNativeQuery("SELECT l.linked_request_id FROM request_links l JOIN request_fingerprints f"
                        + " ON f.request_id = l.linked_request_id AND f.kind = l.kind"
                        + " WHERE l.request_id = ? AND l.kind = 'SIMILAR_TEXT' ORDER BY f.created_at DESC, f.request_id DESC")
                .setParameter(1, request).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    private List<Long> distanceRule(long request, String divisionCode) {
        Object[] stored = (Object[]) em.createNativeQuery("SELECT value, created_at FROM request_fingerprints"
                + " WHERE request_id = ? AND kind = 'SIMILAR_TEXT'").setParameter(1, request).getSingleResult();
        LocalDateTime at = stored[1] instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) stored[1];
        return em.createNativeQuery(DISTANCE_RULE)
                .setParameter(1, RequestType.DISPUTE.name()).setParameter(2, divisionCode.substring(0, 6))
                .setParameter(3, at.minus(WINDOW)).setParameter(4, at).setParameter(5, request)
                .setParameter(6, ((Number) stored[0]).longValue()).setParameter(7, MAX_DISTANCE)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** One bit changed in each of the first {@code distance} blocks, then in random bits of the last ones. */
    private long oneBitPerBlock(int distance) {
        long bits = 0;
        for (int block = 0; block < Math.min(distance, SimilarTextBlocks.COUNT); block++) {
            bits |= 1L << (7 * block + random.nextInt(7));
        }
        while (Long.bitCount(bits) < distance) {
            bits |= 1L << random.nextInt(Long.SIZE);
        }
        return bits;
    }

    private long randomBits(int count) {
        long bits = 0;
        while (Long.bitCount(bits) < count) {
            bits |= 1L << random.nextInt(Long.SIZE);
        }
        return bits;
    }
}
