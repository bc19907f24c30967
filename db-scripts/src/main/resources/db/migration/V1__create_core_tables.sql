-- Core tables: divisions, units and their jurisdictions, requests and their event trail.
-- Every table declares utf8mb4 with an explicit collation: the embedded MariaDB defaults to latin1,
-- and names such as 𠮷 need four bytes. unicode_520 (not unicode_ci) tells supplementary characters apart.

CREATE TABLE divisions (
    code        VARCHAR(9)  NOT NULL,
    name        VARCHAR(64) NOT NULL,
    parent_code VARCHAR(9)  NULL,
    level       VARCHAR(16) NOT NULL,
    PRIMARY KEY (code),
    KEY divisions_parent (parent_code),
    KEY divisions_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE units (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    code    VARCHAR(40)  NOT NULL,
    name_zh VARCHAR(128) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    kind    VARCHAR(32)  NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    UNIQUE KEY units_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A unit serves every division whose code starts with one of its prefixes; the empty prefix serves the whole country.
CREATE TABLE unit_jurisdictions (
    unit_id         BIGINT     NOT NULL,
    division_prefix VARCHAR(9) NOT NULL,
    PRIMARY KEY (unit_id, division_prefix),
    KEY unit_jurisdictions_prefix (division_prefix),
    CONSTRAINT unit_jurisdictions_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE requests (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tracking_number CHAR(12)      NOT NULL,
    type            VARCHAR(32)   NOT NULL,
    category        VARCHAR(64)   NULL,
    status          VARCHAR(24)   NOT NULL,
    priority        VARCHAR(8)    NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    lang            VARCHAR(8)    NOT NULL,
    unit_id         BIGINT        NOT NULL,
    division_code   VARCHAR(9)    NOT NULL,
    routing_reason  VARCHAR(500)  NOT NULL,
    description     TEXT          NOT NULL,
    address         VARCHAR(500)  NULL,
    contact_name    VARCHAR(200)  NOT NULL,
    contact_phone   VARCHAR(32)   NOT NULL,
    answers         TEXT          NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY requests_tracking_number (tracking_number),
    KEY requests_unit_status (unit_id, status, created_at),
    KEY requests_created (created_at),
    CONSTRAINT requests_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The audit trail of a request: one row per move, never updated or deleted.
CREATE TABLE request_events (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    request_id  BIGINT       NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    from_status VARCHAR(24)  NULL,
    to_status   VARCHAR(24)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    note        TEXT         NULL,
    occurred_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY request_events_request (request_id, id),
    CONSTRAINT request_events_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
