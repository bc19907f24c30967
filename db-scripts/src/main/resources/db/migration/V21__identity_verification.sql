-- Identity verification: residents and foreign residents prove who they are once (document, registry, phone) and
-- reuse the credential it gives them at banks, hotels and offices (e境通). Personal data is encrypted (TEXT columns
-- written by the application's cipher); what must be found by equality has a keyed hash beside it.

-- The embedded stand-in for the population registry: keyed hashes only, so not even its synthetic people can be
-- read back. A real deployment asks the national registry through another PopulationRegistry.
CREATE TABLE registry_people (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    number_hash CHAR(64)    NOT NULL,  -- the document: its kind, issuing nationality and number
    person_hash CHAR(64)    NOT NULL,  -- the document with the holder's name and birth date
    enrolled_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY registry_people_number (number_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE identity_verifications (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    public_id       CHAR(22)    NOT NULL,  -- random, the only handle a client sees
    document_type   VARCHAR(40) NOT NULL,
    document_number TEXT        NOT NULL,  -- encrypted
    number_hash     CHAR(64)    NOT NULL,  -- keyed hash of the document, as in registry_people
    holder_name     TEXT        NOT NULL,  -- encrypted
    birth_date      TEXT        NOT NULL,  -- encrypted, ISO date
    nationality     CHAR(3)     NULL,
    expiry_date     DATE        NULL,
    phone           TEXT        NOT NULL,  -- encrypted, E.164
    phone_hash      CHAR(64)    NOT NULL,
    division_code   VARCHAR(12) NOT NULL,  -- where the holder lives: the unit that takes a failed match
    lang            VARCHAR(8)  NOT NULL,
    status          VARCHAR(20) NOT NULL,  -- AWAITING_CODE, VERIFIED, REFERRED
    code_hash       CHAR(64)    NULL,
    code_expires_at DATETIME(3) NULL,
    code_attempts   INT         NOT NULL DEFAULT 0,
    created_at      DATETIME(3) NOT NULL,
    completed_at    DATETIME(3) NULL,
    request_id      BIGINT      NULL,      -- the IDENTITY_EXCEPTION request a failed match opened
    PRIMARY KEY (id),
    UNIQUE KEY identity_verifications_public (public_id),
    KEY identity_verifications_document (number_hash, created_at),
    CONSTRAINT identity_verifications_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE identity_credentials (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    verification_id   BIGINT      NOT NULL,
    code              TEXT        NOT NULL,  -- encrypted: shown again to its holder only
    code_hash         CHAR(64)    NOT NULL,  -- keyed hash of the code read out to institutions
    holder_token_hash CHAR(64)    NOT NULL,  -- SHA-256 of the holder's token (256 random bits)
    number_hash       CHAR(64)    NOT NULL,  -- one live credential per document: a new one supersedes
    holder_name       TEXT        NOT NULL,  -- encrypted
    nationality       CHAR(3)     NULL,
    document_type     VARCHAR(40) NOT NULL,
    level             VARCHAR(32) NOT NULL,
    lang              VARCHAR(8)  NOT NULL,
    issued_at         DATETIME(3) NOT NULL,
    expires_at        DATETIME(3) NOT NULL,
    revoked_at        DATETIME(3) NULL,
    revoked_because   VARCHAR(20) NULL,      -- HOLDER, SUPERSEDED
    PRIMARY KEY (id),
    UNIQUE KEY identity_credentials_code (code_hash),
    UNIQUE KEY identity_credentials_holder (holder_token_hash),
    KEY identity_credentials_document (number_hash, revoked_at),
    CONSTRAINT identity_credentials_verification FOREIGN KEY (verification_id) REFERENCES identity_verifications (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every check by an institution, shown to the holder: who checked, when, and what they were told.
CREATE TABLE credential_checks (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    credential_id  BIGINT      NOT NULL,
    institution_id BIGINT      NOT NULL,
    checked_at     DATETIME(3) NOT NULL,
    status_seen    VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    KEY credential_checks_credential (credential_id, checked_at),
    CONSTRAINT credential_checks_credential FOREIGN KEY (credential_id) REFERENCES identity_credentials (id),
    CONSTRAINT credential_checks_institution FOREIGN KEY (institution_id) REFERENCES relying_institutions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A verification that could not be confirmed becomes a request for a clerk: residents at the household office of
-- where they live, foreign residents at exit-entry administration.
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('IDENTITY_EXCEPTION', 'resident-not-confirmed', 'NORMAL', TRUE, 30, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '网上身份核验未通过', '居民网上核验身份时，证件信息未能与户籍登记核对一致，由户政窗口民警联系核实。'),
    (@service, 'en', 'Online identity check not confirmed', 'A resident''s document could not be confirmed against the household register online; the household office will contact you to sort it out.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'HOUSEHOLD_OFFICE');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'documentType', 'TEXT', TRUE, 0, NULL, 40, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '证件类型', NULL), (@field, 'en', 'Document', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'documentNumber', 'TEXT', TRUE, 1, NULL, 40, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '证件号码', NULL), (@field, 'en', 'Document number', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'birthDate', 'DATE', TRUE, 2, NULL, NULL, '-P150Y', 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '出生日期', NULL), (@field, 'en', 'Birth date', NULL);

INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('IDENTITY_EXCEPTION', 'foreigner-not-confirmed', 'NORMAL', TRUE, 40, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '外籍人员网上身份核验未通过', '外籍人员网上核验身份（e境通）时，证件信息未能与出入境登记核对一致，由出入境管理民警联系核实。'),
    (@service, 'en', 'Foreign resident''s online identity check not confirmed', 'A foreign resident''s document could not be confirmed against the exit-entry records online (e-Jingtong); exit-entry administration will contact you to sort it out.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'EXIT_ENTRY');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'documentType', 'TEXT', TRUE, 0, NULL, 40, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '证件类型', NULL), (@field, 'en', 'Document', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'documentNumber', 'TEXT', TRUE, 1, NULL, 40, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '证件号码', NULL), (@field, 'en', 'Document number', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'nationality', 'TEXT', FALSE, 2, NULL, NULL, NULL, NULL, '[A-Z<]{1,3}', 'answer.pattern.countryCode');
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '国籍', NULL), (@field, 'en', 'Nationality', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'birthDate', 'DATE', TRUE, 3, NULL, NULL, '-P150Y', 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '出生日期', NULL), (@field, 'en', 'Birth date', NULL);

INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'IDENTITY_EXCEPTION', 'resident-not-confirmed', '330502', id FROM units WHERE code = 'HUZ-WX-HOUSEHOLD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'IDENTITY_EXCEPTION', 'resident-not-confirmed', '330109', id FROM units WHERE code = 'HGH-XS-HOUSEHOLD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'IDENTITY_EXCEPTION', 'resident-not-confirmed', '330327', id FROM units WHERE code = 'CNG-HOUSEHOLD';
