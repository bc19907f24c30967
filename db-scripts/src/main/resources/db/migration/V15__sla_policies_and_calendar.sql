-- Service levels as data: how soon each kind of request must be accepted and resolved, the working calendar
-- those promises count in, and the alerts that warn supervisors before a deadline passes and when it has.

-- One promise per (type, category, priority); NULL category or priority means "any". The most specific policy
-- wins: a named category beats a named priority, which beats neither. MariaDB lets NULLs repeat in a unique key,
-- so the key is built on generated columns where "any" is ''. Every type keeps a catch-all row (both NULL), so
-- every request gets deadlines; the application refuses to delete it.
CREATE TABLE sla_policies (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    type            VARCHAR(32) NOT NULL,
    category        VARCHAR(64) NULL,
    priority        VARCHAR(8)  NULL,
    accept_minutes  INT         NOT NULL,
    resolve_minutes INT         NULL,                  -- NULL: no promise to resolve by a date
    basis           VARCHAR(16) NOT NULL,              -- WORKING: only working days count; WALL_CLOCK: every minute
    category_key    VARCHAR(64) AS (COALESCE(category, '')) STORED,
    priority_key    VARCHAR(8)  AS (COALESCE(priority, '')) STORED,
    created_at      DATETIME(3) NOT NULL,
    updated_at      DATETIME(3) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY sla_policies_scope (type, category_key, priority_key),
    CONSTRAINT sla_policies_accept CHECK (accept_minutes > 0),
    CONSTRAINT sla_policies_resolve CHECK (resolve_minutes IS NULL OR resolve_minutes > 0),
    CONSTRAINT sla_policies_basis CHECK (basis IN ('WORKING', 'WALL_CLOCK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- From DESIGN.md and the seed articles: fraud is minutes (止付 must happen at once), disputes are mediated within
-- days, document offices promise working days. A day is 1440 minutes; in WORKING basis a whole working day.
INSERT INTO sla_policies (type, category, priority, accept_minutes, resolve_minutes, basis, created_at, updated_at) VALUES
    ('FRAUD_REPORT',       NULL,                 NULL,     5,    1440, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('FRAUD_REPORT',       'money-lost',         NULL,     5,    1440, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('FRAUD_REPORT',       'bank-counter-alert', NULL,     5,     720, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('FRAUD_REPORT',       'suspicious-contact', NULL,    15,    1440, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('DISPUTE',            NULL,                 NULL,    30,    4320, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('DISPUTE',            NULL,                 'URGENT', 10,   1440, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('DISPUTE',            'unpaid-wages',       NULL,    30,    2880, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('INCIDENT',           NULL,                 NULL,    60,    2880, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('INCIDENT',           NULL,                 'URGENT', 10,   1440, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('INCIDENT',           'wildlife-trapping',  NULL,    30,    1440, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('DOCUMENT_REISSUE',   NULL,                 NULL,  1440,    4320, 'WORKING',    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('DOCUMENT_REISSUE',   'temporary-id',       NULL,   240,    1440, 'WORKING',    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('DOCUMENT_REISSUE',   'no-criminal-record', NULL,  1440,    7200, 'WORKING',    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('IDENTITY_EXCEPTION', NULL,                 NULL,   240,    2880, 'WORKING',    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('IDENTITY_EXCEPTION', NULL,                 'URGENT', 30,    480, 'WALL_CLOCK', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('CONSULTATION',       NULL,                 NULL,   240,    1440, 'WORKING',    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));

-- China's official holidays and swapped working days (调休). A day is a working day if it is a WORKDAY row, or a
-- Monday to Friday that is not a HOLIDAY row; days are local to Asia/Shanghai.
-- 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）.
-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）.
CREATE TABLE working_calendar (
    day     DATE         NOT NULL,
    kind    VARCHAR(8)   NOT NULL,          -- HOLIDAY: no work, whatever the weekday; WORKDAY: a weekend day worked
    name_zh VARCHAR(60)  NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    PRIMARY KEY (day),
    CONSTRAINT working_calendar_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO working_calendar (day, kind, name_zh, name_en) VALUES
    ('2025-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
    ('2025-01-26', 'WORKDAY', '春节调休上班', 'Working day (Spring Festival swap)'),
    ('2025-01-28', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2025-01-29', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2025-01-30', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2025-01-31', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2025-02-01', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2025-02-02', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2025-02-03', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2025-02-04', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2025-02-08', 'WORKDAY', '春节调休上班', 'Working day (Spring Festival swap)'),
    ('2025-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
    ('2025-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
    ('2025-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
    ('2025-04-27', 'WORKDAY', '劳动节调休上班', 'Working day (Labour Day swap)'),
    ('2025-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2025-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2025-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2025-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2025-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2025-05-31', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    ('2025-06-01', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    ('2025-06-02', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    ('2025-09-28', 'WORKDAY', '国庆节调休上班', 'Working day (National Day swap)'),
    ('2025-10-01', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    ('2025-10-02', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    ('2025-10-03', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    ('2025-10-04', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    ('2025-10-05', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    ('2025-10-06', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    ('2025-10-07', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    ('2025-10-08', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    ('2025-10-11', 'WORKDAY', '国庆节调休上班', 'Working day (National Day swap)'),
    ('2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
    ('2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day'),
    ('2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day'),
    ('2026-01-04', 'WORKDAY', '元旦调休上班', 'Working day (New Year swap)'),
    ('2026-02-14', 'WORKDAY', '春节调休上班', 'Working day (Spring Festival swap)'),
    ('2026-02-15', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2026-02-16', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2026-02-17', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2026-02-18', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2026-02-19', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2026-02-20', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2026-02-21', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2026-02-22', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2026-02-23', 'HOLIDAY', '春节', 'Spring Festival'),
    ('2026-02-28', 'WORKDAY', '春节调休上班', 'Working day (Spring Festival swap)'),
    ('2026-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
    ('2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
    ('2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
    ('2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2026-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班', 'Working day (Labour Day swap)'),
    ('2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    ('2026-06-20', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    ('2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    ('2026-09-20', 'WORKDAY', '国庆节调休上班', 'Working day (National Day swap)'),
    ('2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    ('2026-09-26', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    ('2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    ('2026-10-01', 'HOLIDAY', '国庆节', 'National Day'),
    ('2026-10-02', 'HOLIDAY', '国庆节', 'National Day'),
    ('2026-10-03', 'HOLIDAY', '国庆节', 'National Day'),
    ('2026-10-04', 'HOLIDAY', '国庆节', 'National Day'),
    ('2026-10-05', 'HOLIDAY', '国庆节', 'National Day'),
    ('2026-10-06', 'HOLIDAY', '国庆节', 'National Day'),
    ('2026-10-07', 'HOLIDAY', '国庆节', 'National Day'),
    ('2026-10-10', 'WORKDAY', '国庆节调休上班', 'Working day (National Day swap)');

-- When to warn: the instant a stage's remaining time falls under the configured share of its length. It is
-- computed with the deadline (in working time it cannot be derived in SQL). The sweep columns name the next
-- instant a sweep must look at a running stage (the warning, then the deadline) and are NULL once there is
-- nothing left to do, so the sweep's index holds only the rows it may still have to act on.
ALTER TABLE requests
    ADD COLUMN accept_warn_at   DATETIME(3) NULL AFTER accept_due_at,
    ADD COLUMN resolve_warn_at  DATETIME(3) NULL AFTER resolve_due_at,
    ADD COLUMN accept_sweep_at  DATETIME(3) AS (CASE WHEN status = 'SUBMITTED' AND accept_breached_at IS NULL
        THEN IF(accept_warned_at IS NULL, COALESCE(accept_warn_at, accept_due_at), accept_due_at) END) STORED,
    ADD COLUMN resolve_sweep_at DATETIME(3) AS (CASE WHEN status IN ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS')
        AND resolve_breached_at IS NULL
        THEN IF(resolve_warned_at IS NULL, COALESCE(resolve_warn_at, resolve_due_at), resolve_due_at) END) STORED,
    ADD INDEX requests_accept_sweep (accept_sweep_at),
    ADD INDEX requests_resolve_sweep (resolve_sweep_at);

-- Existing requests get the accept deadline of their type's catch-all policy, counted from when they were queued
-- (a working-day policy is counted as wall-clock time here: close enough for rows that predate the policies).
UPDATE requests r
    JOIN sla_policies p ON p.type = r.type AND p.category IS NULL AND p.priority IS NULL
SET r.accept_due_at = r.queued_at + INTERVAL p.accept_minutes MINUTE
WHERE r.accept_due_at IS NULL;

-- Claim-next: highest priority, then the earliest accept deadline (DESIGN.md), then the oldest id.
ALTER TABLE requests
    MODIFY accept_due_at DATETIME(3) NOT NULL,
    DROP INDEX requests_claim_order,
    ADD INDEX requests_claim_order (unit_id, status, priority_rank DESC, accept_due_at, id);

-- Supervisors' alerts: one row per supervisor of the request's unit, written in the transaction that stamps the
-- warning or the breach on the request, so each is written once.
CREATE TABLE staff_alerts (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    recipient  VARCHAR(64)  NOT NULL,                 -- a staff username
    request_id BIGINT       NOT NULL,
    kind       VARCHAR(16)  NOT NULL,                 -- SLA_WARNED or SLA_BREACHED
    stage      VARCHAR(8)   NOT NULL,                 -- ACCEPT or RESOLVE
    due_at     DATETIME(3)  NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    read_at    DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY staff_alerts_recipient (recipient, created_at),
    CONSTRAINT staff_alerts_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
