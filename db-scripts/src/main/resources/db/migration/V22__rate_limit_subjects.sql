-- One row per limited subject (an institution's key, a phone, an address), locked while its hits are counted and
-- one is added: two instances checking the same subject at once take turns, so a limit of 3 lets exactly 3 through.
CREATE TABLE rate_limit_subjects (
    bucket      VARCHAR(32) NOT NULL,
    subject     CHAR(64)    NOT NULL,
    last_hit_at DATETIME(3) NOT NULL,
    PRIMARY KEY (bucket, subject),
    KEY rate_limit_subjects_last_hit (last_hit_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
