-- Repeat detection: 一人多警 (same phone), 一地多警 (same place), 重复报警 (near-identical text). The phone,
-- address and description are stored encrypted, so each request gets keyed 64-bit fingerprints as it is stored,
-- and a new request is linked to the earlier ones whose fingerprint matches within a window.
--
-- A table of fingerprints rather than columns on requests: one row per kind keeps one narrow index per way of
-- matching, a request without an address simply has no place row, and a new kind needs no change to requests.
CREATE TABLE request_fingerprints (
    request_id   BIGINT      NOT NULL,
    kind         VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- SAME_PHONE, SAME_PLACE, SIMILAR_TEXT
    request_type VARCHAR(32) NOT NULL,   -- the request's type: similar texts only count within one type
    -- 64 bits of a keyed hash (HMAC-SHA256): of the phone (the first 64 bits of requests.contact_phone_hash) or of
    -- the division with the normalised address, compared for equality; or the keyed SimHash of the description,
    -- compared by Hamming distance, BIT_COUNT(a ^ b). Without the key none of them reveals anything.
    value        BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,   -- the request's, UTC: the windows are measured on it
    PRIMARY KEY (request_id, kind),
    -- same phone or place within the window: one index range, newest first
    KEY request_fingerprints_equal (kind, value, created_at),
    -- similar text: the window's range of one type, the distance computed from the index alone
    KEY request_fingerprints_recent (kind, request_type, created_at, value),
    CONSTRAINT request_fingerprints_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A newer request linked to an earlier one it repeats, once per kind. Links are history: merging the newer one
-- into the earlier keeps them. At most a few per kind are written for one request (the newest matches), so that
-- a hot spot cannot make one submission write thousands of rows.
CREATE TABLE request_links (
    request_id        BIGINT      NOT NULL,  -- the newer request
    linked_request_id BIGINT      NOT NULL,  -- the earlier one
    kind              VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at        DATETIME(3) NOT NULL,  -- UTC
    PRIMARY KEY (request_id, linked_request_id, kind),
    -- the cluster is read in both directions: the later requests that repeat this one
    KEY request_links_earlier (linked_request_id, request_id),
    CONSTRAINT request_links_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT request_links_linked FOREIGN KEY (linked_request_id) REFERENCES requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
