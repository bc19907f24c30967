-- The service catalogue: every service a citizen can ask for (request type + category), defined once as data.
-- The portal form, the chatbot's questions, the kiosk wizard and the Open311 service list are generated from
-- it, and one validator checks every channel's answers against it. Texts live in child tables keyed by a
-- language tag, so a language is added with rows, not columns.

CREATE TABLE services (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    type             VARCHAR(32) NOT NULL,
    -- lower-case words joined by dashes ('unpaid-wages'); 'general' is the type's catch-all service
    category         VARCHAR(64) NOT NULL,
    default_priority VARCHAR(8)  NOT NULL DEFAULT 'NORMAL',
    active           BOOLEAN     NOT NULL DEFAULT TRUE,
    -- the order in which services of a type are offered
    position         INT         NOT NULL DEFAULT 0,
    created_at       DATETIME(3) NOT NULL,
    updated_at       DATETIME(3) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY services_type_category (type, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE service_texts (
    service_id  BIGINT        NOT NULL,
    lang        VARCHAR(16)   NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    description VARCHAR(1000) NULL,
    PRIMARY KEY (service_id, lang),
    CONSTRAINT service_texts_service FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The kinds of unit that handle the service, in order of preference.
CREATE TABLE service_unit_kinds (
    service_id BIGINT      NOT NULL,
    position   INT         NOT NULL,
    unit_kind  VARCHAR(32) NOT NULL,
    PRIMARY KEY (service_id, position),
    CONSTRAINT service_unit_kinds_service FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The questions of a service. Limits are optional and apply by data type: lengths to TEXT and LONG_TEXT,
-- min/max values to NUMBER and MONEY (decimals) and to DATE and DATETIME (an ISO date or date-time, or a
-- signed ISO period from today such as 'P0D' or '-P10Y'), the pattern (a Java regular expression) to TEXT
-- and LONG_TEXT with the key of its message in the API's message bundles.
CREATE TABLE service_fields (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    service_id          BIGINT       NOT NULL,
    code                VARCHAR(40)  NOT NULL,
    data_type           VARCHAR(16)  NOT NULL,
    required            BOOLEAN      NOT NULL DEFAULT FALSE,
    position            INT          NOT NULL,
    min_length          INT          NULL,
    max_length          INT          NULL,
    min_value           VARCHAR(40)  NULL,
    max_value           VARCHAR(40)  NULL,
    pattern             VARCHAR(300) NULL,
    pattern_message_key VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY service_fields_code (service_id, code),
    CONSTRAINT service_fields_service FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE field_texts (
    field_id BIGINT        NOT NULL,
    lang     VARCHAR(16)   NOT NULL,
    label    VARCHAR(200)  NOT NULL,
    help     VARCHAR(1000) NULL,
    PRIMARY KEY (field_id, lang),
    CONSTRAINT field_texts_field FOREIGN KEY (field_id) REFERENCES service_fields (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The allowed values of a CHOICE or MULTI_CHOICE field, in the order they are offered.
CREATE TABLE field_choices (
    id       BIGINT      NOT NULL AUTO_INCREMENT,
    field_id BIGINT      NOT NULL,
    value    VARCHAR(40) NOT NULL,
    position INT         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY field_choices_value (field_id, value),
    CONSTRAINT field_choices_field FOREIGN KEY (field_id) REFERENCES service_fields (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE choice_texts (
    choice_id BIGINT       NOT NULL,
    lang      VARCHAR(16)  NOT NULL,
    label     VARCHAR(200) NOT NULL,
    PRIMARY KEY (choice_id, lang),
    CONSTRAINT choice_texts_choice FOREIGN KEY (choice_id) REFERENCES field_choices (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One row, raised by every change of the catalogue in the same transaction: each instance keeps the catalogue
-- in memory and reloads it when this number moves, so an admin's change reaches every instance at once.
CREATE TABLE catalogue_revision (
    id       TINYINT NOT NULL,
    revision BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO catalogue_revision (id, revision) VALUES (1, 1);
