-- Personal data at rest. The application encrypts names, phones, addresses, descriptions and answers
-- (AES-256-GCM, a random IV per value, stored as base64 text: about 4/3 of the UTF-8 size plus 40
-- characters), so the columns widen: a 50-character name of four-byte characters needs 308.
-- Rows written before this version are still plain text; the application encrypts them at its next
-- start (they are the rows whose contact_phone_hash is NULL).

ALTER TABLE requests
    MODIFY contact_name  VARCHAR(1000) NOT NULL,
    MODIFY contact_phone VARCHAR(200)  NOT NULL,
    MODIFY address       VARCHAR(2000) NULL,
    MODIFY description   MEDIUMTEXT    NOT NULL,
    MODIFY answers       MEDIUMTEXT    NULL,
    -- HMAC-SHA256 (keyed, hex) of the contact phone in E.164: finds a citizen's requests without decrypting
    ADD COLUMN contact_phone_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER contact_phone,
    ADD KEY requests_contact_phone_hash (contact_phone_hash);

-- The fingerprint of each key the data is encrypted with (an HMAC of a fixed label, never the key),
-- recorded at the first start; an instance configured with another key refuses to start.
CREATE TABLE key_fingerprints (
    key_name    VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- the configuration key, e.g. jingwu.crypto.key
    fingerprint CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- hex
    recorded_at DATETIME(3) NOT NULL,                                        -- UTC
    PRIMARY KEY (key_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every time a staff member had the full personal data of a request shown: who, when, which fields and
-- why. The citizen can see these rows for their own request. Append-only: the triggers refuse any change.
CREATE TABLE personal_data_reads (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    request_id     BIGINT       NOT NULL,
    reader         VARCHAR(64)  NOT NULL,   -- the staff member's username
    fields         VARCHAR(200) NOT NULL,   -- comma-separated: CONTACT_NAME,CONTACT_PHONE,ADDRESS,DESCRIPTION,ANSWERS
    purpose        TEXT         NOT NULL,   -- encrypted: free text may itself hold personal data
    client_address VARCHAR(64)  NULL,       -- where the reader's request came from
    read_at        DATETIME(3)  NOT NULL,   -- UTC
    PRIMARY KEY (id),
    KEY personal_data_reads_request (request_id, id),
    CONSTRAINT personal_data_reads_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TRIGGER personal_data_reads_no_update BEFORE UPDATE ON personal_data_reads FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'personal_data_reads is append-only';

CREATE TRIGGER personal_data_reads_no_delete BEFORE DELETE ON personal_data_reads FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'personal_data_reads is append-only';
