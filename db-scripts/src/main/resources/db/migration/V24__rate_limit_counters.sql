-- Rate limits count in one row per limited subject (an institution's key, a phone, an address, as a keyed hash): the
-- admitted hits of the current fixed window and of the one before it, each with the times of its first and last hit,
-- from which the hits of the sliding window are estimated (RateLimitCounter). A check reads and writes that one row,
-- locked only for its own short transaction, however many hits the window holds.
CREATE TABLE rate_limit_counters (
    bucket                VARCHAR(32) NOT NULL,
    subject               CHAR(64)    NOT NULL,  -- keyed hash of the subject, never the phone or address itself
    window_start          DATETIME(3) NOT NULL,
    hits                  INT         NOT NULL,
    first_hit_at          DATETIME(3) NULL,
    last_hit_at           DATETIME(3) NULL,
    previous_hits         INT         NOT NULL,
    previous_first_hit_at DATETIME(3) NULL,
    previous_last_hit_at  DATETIME(3) NULL,
    expires_at            DATETIME(3) NOT NULL,  -- the end of the window after the current one: nothing counts after it
    PRIMARY KEY (bucket, subject),
    KEY rate_limit_counters_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One row per hit, counted again on every check, and the rows locked while they were counted: replaced by the above.
-- The hits of the last hour are not carried over (at worst a subject gets one more window's allowance, once).
DROP TABLE rate_limit_hits;
DROP TABLE rate_limit_subjects;
