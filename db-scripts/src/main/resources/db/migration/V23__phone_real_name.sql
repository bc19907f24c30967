-- Identity assurance: a credential only for the person themselves. A verification is confirmed only when the
-- population registry knows the person AND the phone that received the code is registered to them at the carrier
-- (运营商三要素: name, document, phone).

-- The embedded stand-in for the carriers' real-name records (embedded default and tests): one holder per line, as
-- keyed hashes only. A deployment connected to a carrier's service keeps nothing here.
CREATE TABLE carrier_lines (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    line_hash   CHAR(64)    NOT NULL,  -- keyed hash of the phone number in E.164
    holder_hash CHAR(64)    NOT NULL,  -- keyed hash of the holder's document (kind family, nationality, number) and name
    enrolled_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY carrier_lines_line (line_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The phone a credential was issued to: told by text message when a newer credential supersedes it or it is revoked.
ALTER TABLE identity_credentials ADD COLUMN holder_phone TEXT NULL AFTER holder_name;  -- encrypted, E.164

-- Credentials issued before the phone was checked against the carrier prove only that someone held a phone: they are
-- withdrawn, and their holders are shown why ("verify again").
UPDATE identity_credentials
SET revoked_at = UTC_TIMESTAMP(3), revoked_because = 'LEVEL_WITHDRAWN'
WHERE level = 'REGISTRY_AND_PHONE' AND revoked_at IS NULL AND expires_at > UTC_TIMESTAMP(3);
