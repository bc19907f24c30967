-- The figures of every fraud report, kept in plain beside the encrypted request so that the anti-fraud index can add
-- them up by county and day: which kind of report, where, what kind of scam, how much was lost or about to be, and
-- how much the stop-payment (止付) saved, which the clerk records when resolving it. No personal data.
CREATE TABLE fraud_cases (
    request_id       BIGINT        NOT NULL,
    category         VARCHAR(64)   NOT NULL,
    division_code    VARCHAR(12)   CHARACTER SET ascii NOT NULL,
    county_code      CHAR(6)       CHARACTER SET ascii NOT NULL,
    scam_kind        VARCHAR(32)   CHARACTER SET ascii NULL,
    amount_lost      DECIMAL(16,2) NULL,
    amount_at_risk   DECIMAL(16,2) NULL,
    reported_at      DATETIME(3)   NOT NULL,
    amount_stopped   DECIMAL(16,2) NULL,
    stop_recorded_at DATETIME(3)   NULL,
    stop_recorded_by VARCHAR(64)   NULL,
    PRIMARY KEY (request_id),
    KEY fraud_cases_county_day (county_code, reported_at),
    CONSTRAINT fraud_cases_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE
) ENGINE = InnoDB;
