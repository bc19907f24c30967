-- The anti-fraud index (反诈指数): a risk level per county-level division and day, published like a weather forecast.
-- Rates are per resident, so each county needs its population: kept by administrators, each figure with where it
-- comes from. No county has one here; a county without one has no index. (The embedded default's demo data fills in
-- demo values for the counties its units serve, marked as such.)
CREATE TABLE county_populations (
    county_code CHAR(6)      CHARACTER SET ascii NOT NULL,
    population  INT          NOT NULL,
    source      VARCHAR(300) NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (county_code),
    CONSTRAINT county_populations_positive CHECK (population > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One row per county and day (China time), written by the index timer (an UPSERT, so that a day computed again, by
-- a later run or by another instance, replaces its row with the same figures): the figures of the fraud reports of
-- the 30 days ending that day, the population they were divided by, the score and level the formula gives
-- (io.jingwu.api.fraud.index.control.FraudIndexFormula), and the most reported kinds of scam ("KIND=reports,...",
-- most reported first). Counts and sums only: no request, no person.
CREATE TABLE fraud_index_days (
    county_code         CHAR(6)       CHARACTER SET ascii NOT NULL,
    day                 DATE          NOT NULL,
    population          INT           NOT NULL,
    victim_reports      INT           NOT NULL,
    suspicious_contacts INT           NOT NULL,
    bank_alarms         INT           NOT NULL,
    amount_lost         DECIMAL(16,2) NOT NULL,
    amount_stopped      DECIMAL(16,2) NOT NULL,
    score               DECIMAL(12,2) NOT NULL,
    level               TINYINT       NOT NULL,
    top_scam_kinds      VARCHAR(200)  CHARACTER SET ascii NOT NULL,
    computed_at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (county_code, day),
    KEY fraud_index_days_day (day),
    CONSTRAINT fraud_index_days_level CHECK (level BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
