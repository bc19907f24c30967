-- Anti-fraud lists: one list shared by every anti-fraud centre, kept by staff with the ANTI_FRAUD role. An entry is
-- a phone, a link or domain, an account (bank card, Alipay, WeChat, QQ) or an app name. Phones and accounts are
-- personal data, so every value is stored encrypted and found by its keyed lookup hash (of the value normalised as
-- the checks normalise it); a domain entry is found by the hash of the host or of any domain above it.
CREATE TABLE fraud_list_entries (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(16) CHARACTER SET ascii NOT NULL,
    value_hash   CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value        VARCHAR(1024) CHARACTER SET ascii NOT NULL,
    source       VARCHAR(400) NOT NULL,
    listed_on    DATE        NOT NULL,
    expires_on   DATE        NULL,
    added_by     VARCHAR(64) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    removed_at   DATETIME(3) NULL,
    removed_by   VARCHAR(64) NULL,
    PRIMARY KEY (id),
    KEY fraud_list_entries_value (value_hash, kind),
    KEY fraud_list_entries_listed (listed_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every time a member of staff had a list entry's value shown in full: who, when, why, from where. Append-only.
CREATE TABLE fraud_list_reads (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    entry_id       BIGINT      NOT NULL,
    reader         VARCHAR(64) NOT NULL,
    purpose        TEXT        NOT NULL,
    client_address VARCHAR(64) NULL,
    read_at        DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY fraud_list_reads_entry (entry_id),
    CONSTRAINT fraud_list_reads_entry FOREIGN KEY (entry_id) REFERENCES fraud_list_entries (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TRIGGER fraud_list_reads_no_update BEFORE UPDATE ON fraud_list_reads FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'fraud_list_reads is append-only';
CREATE TRIGGER fraud_list_reads_no_delete BEFORE DELETE ON fraud_list_reads FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'fraud_list_reads is append-only';

-- What citizens reported in fraud reports (the payee account, the caller's number, the link), one row per report and
-- value: the checks say "reported N times recently" from these. A report alone never puts a value on the list.
CREATE TABLE fraud_reported_values (
    request_id  BIGINT      NOT NULL,
    kind        VARCHAR(16) CHARACTER SET ascii NOT NULL,
    value_hash  CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reported_at DATETIME(3) NOT NULL,
    PRIMARY KEY (request_id, kind, value_hash),
    KEY fraud_reported_values_value (value_hash, kind, reported_at),
    KEY fraud_reported_values_age (reported_at),
    CONSTRAINT fraud_reported_values_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The public phone numbers of police units and national police service lines, so that a citizen can learn whether a
-- caller's number is an official one. Public data, stored plain: E.164, or the digits of a short service number.
-- A row without a unit is a national line (110, 96110).
CREATE TABLE official_phone_numbers (
    id       BIGINT      NOT NULL AUTO_INCREMENT,
    phone    VARCHAR(20) CHARACTER SET ascii NOT NULL,
    unit_id  BIGINT      NULL,
    label_zh VARCHAR(128) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    label_ru VARCHAR(200) NOT NULL,
    source   VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY official_phone_numbers_phone (phone, unit_id),
    CONSTRAINT official_phone_numbers_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO official_phone_numbers (phone, unit_id, label_zh, label_en, label_ru, source) VALUES
    ('110', NULL, '110 报警电话', 'the police emergency number 110', 'номер экстренного вызова полиции 110',
     'national emergency number'),
    ('96110', NULL, '96110 全国反诈预警劝阻专线', 'the national anti-fraud warning line 96110',
     'национальная линия предупреждения о мошенничестве 96110', 'national anti-fraud line');
