-- Citizens have no account: a one-time code sent to the request's contact phone is exchanged for a short-lived
-- token bound to that one request. Codes, tokens and rate-limit counts live here, so every instance agrees.

CREATE TABLE sms_outbox (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    phone       TEXT         NOT NULL,
    message     TEXT         NOT NULL,
    purpose     VARCHAR(32)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    sent_at     DATETIME(3)  NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY sms_outbox_unsent (sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE access_codes (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    request_id  BIGINT      NOT NULL,
    code_hash   CHAR(64)    NOT NULL,
    attempts    INT         NOT NULL DEFAULT 0,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    used_at     DATETIME(3) NULL,
    PRIMARY KEY (id),
    KEY access_codes_request (request_id, created_at),
    CONSTRAINT access_codes_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE citizen_tokens (
    token_hash  CHAR(64)    NOT NULL,
    request_id  BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY citizen_tokens_request (request_id),
    CONSTRAINT citizen_tokens_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One row per attempt that counts against a limit (a code sent, to a phone or from an address).
CREATE TABLE rate_limit_hits (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    bucket      VARCHAR(32) NOT NULL,
    subject     CHAR(64)    NOT NULL,
    occurred_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY rate_limit_hits_subject (bucket, subject, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
