-- Relying institutions: banks, hotels and public offices that check foreigners' identity verifications over the
-- API with a key of their own (X-Api-Key: jw_<prefix>_<secret>). Administrators issue, rotate and revoke the keys.
--
-- The key itself is never stored: only its public prefix, to find the row, and the SHA-256 of the whole key. The
-- secret is 256 random bits, so a plain hash cannot be reversed by guessing and needs no salt or slow hashing.
-- A revoked institution stays for the record of who could check verifications, and when.
CREATE TABLE relying_institutions (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    name              VARCHAR(100) NOT NULL,
    kind              VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- BANK, HOTEL, PUBLIC_OFFICE, OTHER
    -- how to reach the institution's people in charge of the key (a desk, a phone line), as the administrator wrote it
    contact           VARCHAR(200) NULL,
    key_prefix        CHAR(8)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- public: lookup and display
    key_hash          CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- SHA-256 hex of the whole key
    key_issued_at     DATETIME(3)  NOT NULL,          -- UTC; the last creation or rotation of the key
    checks_per_minute INT          NOT NULL DEFAULT 60,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at        DATETIME(3)  NOT NULL,          -- UTC
    created_by        VARCHAR(64)  NOT NULL,          -- the administrator's user name
    revoked_at        DATETIME(3)  NULL,              -- UTC
    revoked_by        VARCHAR(64)  NULL,
    -- UTC, to the minute at best: written only when the recorded time is more than a minute old, so that a busy
    -- institution's checks do not all queue for one row
    last_used_at      DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY relying_institutions_key_prefix (key_prefix),
    CONSTRAINT relying_institutions_allowance CHECK (checks_per_minute BETWEEN 1 AND 10000),
    -- active until revoked, and only revocation ends it
    CONSTRAINT relying_institutions_revoked CHECK (active = (revoked_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
