-- The first answer to a request sent with an Idempotency-Key header, so that a client's retry gets the same
-- answer instead of a second request. Shared by every instance; no personal data in the stored answer.

CREATE TABLE idempotency_keys (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    scope           VARCHAR(40)  NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    body_hash       CHAR(64)     NOT NULL,
    response_status INT          NOT NULL,
    response_body   TEXT         NOT NULL,
    response_location VARCHAR(500) NULL,
    created_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY idempotency_keys_scope_key (scope, idempotency_key),
    KEY idempotency_keys_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
