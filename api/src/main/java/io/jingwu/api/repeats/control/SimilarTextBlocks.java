package io.jingwu.api.repeats.control;

import io.jingwu.api.repeats.entity.RepeatKind;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The multi-index layout of {@code similar_text_blocks} (migration V32): a text fingerprint cut into {@link #COUNT}
 * blocks, eight of 7 bits and the top one of 8. Fingerprints at most {@link #MAX_DISTANCE} bits apart share at
 * least one whole block (pigeonhole), so a search probes one key range per block instead of scanning every
 * fingerprint of the window. The scope is the request type in the county: a repeat (重复报警) reports one
 * incident, and an incident has one place.
 */
public final class SimilarTextBlocks {

    public static final int COUNT = 9;

    /** The widest distance the blocks can answer for: one less than their number. */
    public static final int MAX_DISTANCE = COUNT - 1;

    private static final int WIDTH = 7;

    /** The blocks as rows, for SQL that cuts stored values: block number and mask. */
    public static final String LAYOUT = IntStream.range(0, COUNT)
            .mapToObj(block -> "SELECT " + block + " AS block, " + mask(block) + " AS mask")
            .collect(Collectors.joining(" UNION ALL ", "(", ")"));

    /** In SQL, the bits of {@code f.value} (a stored fingerprint) in block {@code b.block} of {@link #LAYOUT}. */
    public static final String BITS_OF_VALUE = "(f.value >> (" + WIDTH + " * b.block)) & b.mask";

    /** Indexes one request's stored text fingerprint, in the caller's transaction: parameter 1 is its id. */
    public static final String INDEX_REQUEST = """
            INSERT INTO similar_text_blocks (request_type, county, block, bits, created_at, request_id, value)
            SELECT f.request_type, LEFT(r.division_code, 6), b.block, %s, f.created_at, f.request_id, f.value
            FROM request_fingerprints f JOIN requests r ON r.id = f.request_id CROSS JOIN %s b
            WHERE f.request_id = ? AND f.kind = '%s'""".formatted(BITS_OF_VALUE, LAYOUT, RepeatKind.SIMILAR_TEXT.name());

    /** {@link #INDEX_REQUEST} for a request that may have been indexed already. */
    public static final String INDEX_REQUEST_ONCE = INDEX_REQUEST.replaceFirst("^INSERT", "INSERT IGNORE");

    private SimilarTextBlocks() {
    }

    /** The fingerprint's bits in one block, as {@link #INDEX_REQUEST} computes them in SQL. */
    static int bits(long value, int block) {
        return (int) ((value >>> (WIDTH * block)) & mask(block));
    }

    /** The county a division lies in: the first six digits of its code (GB/T 2260). */
    static String county(String divisionCode) {
        return divisionCode.length() <= 6 ? divisionCode : divisionCode.substring(0, 6);
    }

    static List<Integer> blocks() {
        return IntStream.range(0, COUNT).boxed().toList();
    }

    private static int mask(int block) {
        return block == COUNT - 1 ? 0xFF : 0x7F;
    }
}
