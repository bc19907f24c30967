-- Anti-fraud warnings by text message: citizens follow districts (county level) in a language of their choice, with
-- a phone confirmed by a one-time code, and the anti-fraud centre warns a district's or a city's followers of a new
-- scam. The phone is personal data: stored encrypted, found by its keyed lookup hash.

-- One row per phone and district. PENDING until the phone's code confirms it; UNSUBSCRIBED rows stay (and confirm
-- again) so that a phone never holds two rows for one district.
CREATE TABLE fraud_subscriptions (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    token_id        CHAR(12)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- what an unsubscribe link's signed token names
    phone           TEXT        NOT NULL,  -- encrypted, E.164
    phone_hash      CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    division_code   CHAR(6)     CHARACTER SET ascii NOT NULL,  -- a county-level division
    lang            VARCHAR(8)  CHARACTER SET ascii NOT NULL,
    status          VARCHAR(16) CHARACTER SET ascii NOT NULL,  -- PENDING, CONFIRMED, UNSUBSCRIBED
    created_at      DATETIME(3) NOT NULL,
    confirmed_at    DATETIME(3) NULL,
    unsubscribed_at DATETIME(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY fraud_subscriptions_phone_division (phone_hash, division_code),
    UNIQUE KEY fraud_subscriptions_token (token_id),
    -- publishing walks a city's confirmed followers phone by phone, in batches
    KEY fraud_subscriptions_recipients (status, phone_hash, division_code),
    KEY fraud_subscriptions_pending (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The one-time codes that confirm a subscription, or an unsubscription asked for by phone (division NULL: every
-- district the phone follows). Only a keyed hash of the code is kept.
CREATE TABLE fraud_subscription_codes (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    intent        VARCHAR(16) CHARACTER SET ascii NOT NULL,  -- SUBSCRIBE, UNSUBSCRIBE
    phone_hash    CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    division_code CHAR(6)     CHARACTER SET ascii NULL,
    lang          VARCHAR(8)  CHARACTER SET ascii NOT NULL,
    code_hash     CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attempts      INT         NOT NULL DEFAULT 0,
    created_at    DATETIME(3) NOT NULL,
    expires_at    DATETIME(3) NOT NULL,
    used_at       DATETIME(3) NULL,
    PRIMARY KEY (id),
    KEY fraud_subscription_codes_phone (phone_hash, intent, id),
    KEY fraud_subscription_codes_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A warning as the centre published it, and how far its text messages were queued: batches advance the cursor (the
-- last phone hash reached) in the same transaction as their messages, so a publication cut short is taken up again
-- where it stopped, and no phone is sent a warning twice.
CREATE TABLE fraud_warnings (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    division_code   CHAR(6)     CHARACTER SET ascii NOT NULL,  -- the county or city warned
    division_prefix VARCHAR(6)  CHARACTER SET ascii NOT NULL,  -- its followers' codes start with this
    text_zh         TEXT        NOT NULL,
    text_en         TEXT        NULL,
    text_ru         TEXT        NULL,
    scam_kind       VARCHAR(40) CHARACTER SET ascii NULL,
    published_by    VARCHAR(64) NOT NULL,
    published_at    DATETIME(3) NOT NULL,
    queued          INT         NOT NULL DEFAULT 0,
    cursor_hash     CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
    progressed_at   DATETIME(3) NOT NULL,
    completed_at    DATETIME(3) NULL,
    PRIMARY KEY (id),
    KEY fraud_warnings_unfinished (completed_at, progressed_at),
    KEY fraud_warnings_published (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
