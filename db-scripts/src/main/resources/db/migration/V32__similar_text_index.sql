-- 重复报警 without scanning the city: near-identical texts are looked up by multi-index hashing (Manku, Jain and
-- Das Sarma, WWW 2007) within the scope a repeat can have, the same request type in the same county.
--
-- Each text fingerprint (64 bits) is cut into 9 blocks, eight of 7 bits and one of 8. Two fingerprints at most 8
-- bits apart differ in at most 8 blocks, so at least one block is equal: a new request needs only the rows that
-- share one of its 9 blocks, each a range of the primary key read newest first, the distance checked on the
-- whole value in the row. The table is derived from request_fingerprints (the record of each request's
-- fingerprints) and the request's division; rows are never updated.
CREATE TABLE similar_text_blocks (
    request_type VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    county       VARCHAR(6)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- the division code's first 6 digits
    block        TINYINT     NOT NULL,  -- 0 to 8: bits 7 * block upwards
    bits         SMALLINT    NOT NULL,  -- the fingerprint's bits in that block
    created_at   DATETIME(3) NOT NULL,  -- the request's, UTC
    request_id   BIGINT      NOT NULL,
    value        BIGINT      NOT NULL,  -- the whole fingerprint, as in request_fingerprints
    -- one key: the rows of one block value in one scope lie together, newest last, with the value to compare.
    -- No foreign key (it would cost a second index per row): requests are never deleted.
    PRIMARY KEY (request_type, county, block, bits, created_at, request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO similar_text_blocks (request_type, county, block, bits, created_at, request_id, value)
SELECT f.request_type, LEFT(r.division_code, 6), b.block, (f.value >> (7 * b.block)) & b.mask, f.created_at,
       f.request_id, f.value
FROM request_fingerprints f
JOIN requests r ON r.id = f.request_id
CROSS JOIN (SELECT 0 AS block, 127 AS mask UNION ALL SELECT 1, 127 UNION ALL SELECT 2, 127 UNION ALL SELECT 3, 127
            UNION ALL SELECT 4, 127 UNION ALL SELECT 5, 127 UNION ALL SELECT 6, 127 UNION ALL SELECT 7, 127
            UNION ALL SELECT 8, 255) b
WHERE f.kind = 'SIMILAR_TEXT';

-- the old scan's index: similar texts are no longer read from request_fingerprints
ALTER TABLE request_fingerprints DROP INDEX request_fingerprints_recent;
