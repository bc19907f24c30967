-- Rate limits count in one row per limited subject (an institution's key, a phone, an address, as a keyed hash): the
-- admitted hits of each sixtieth of the limit's window, for the 61 slots that overlap the sliding window
-- (RateLimitCounter). A check reads and writes that one row, locked only for its own short transaction, however many
-- hits the window holds.
CREATE TABLE rate_limit_counters (
    bucket     VARCHAR(32)    NOT NULL,
    subject    CHAR(64)       NOT NULL,  -- keyed hash of the subject, never the phone or address itself
    slot_start DATETIME(3)    NOT NULL,  -- the start of the newest slot
    slots      VARBINARY(244) NOT NULL,  -- 61 counts of four bytes, the newest slot's first
    expires_at DATETIME(3)    NOT NULL,  -- when the newest slot has left the window: nothing counts after it
    PRIMARY KEY (bucket, subject),
    KEY rate_limit_counters_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One row per hit, counted again on every check, and the rows locked while they were counted: replaced by the above.
-- The hits of the last hour are not carried over (at worst a subject gets one more window's allowance, once).
DROP TABLE rate_limit_hits;
DROP TABLE rate_limit_subjects;
