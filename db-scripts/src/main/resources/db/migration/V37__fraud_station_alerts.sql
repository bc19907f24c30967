-- A bank counter's alarm reaches the police station of the branch's division at once: the branch and its address,
-- so that officers go there; nothing about the customer. Officers acknowledge it when they are on their way.
CREATE TABLE fraud_station_alerts (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    request_id      BIGINT       NOT NULL,
    unit_id         BIGINT       NOT NULL,
    branch          VARCHAR(100) NOT NULL,
    branch_address  VARCHAR(300) NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    acknowledged_at DATETIME(3)  NULL,
    acknowledged_by VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY fraud_station_alerts_request (request_id),
    KEY fraud_station_alerts_unit (unit_id, acknowledged_at, created_at),
    CONSTRAINT fraud_station_alerts_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT fraud_station_alerts_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
