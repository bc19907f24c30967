-- The order in which clerks take requests: highest priority, then the earliest deadline (the time the request
-- joined the queue until SLA policies bring their own deadlines), then the oldest. One index serves it per unit,
-- so that claiming the next request costs the same with ten or a million waiting.

ALTER TABLE requests
    ADD COLUMN priority_rank TINYINT AS (CASE priority WHEN 'URGENT' THEN 2 WHEN 'HIGH' THEN 1 ELSE 0 END) STORED,
    ADD INDEX requests_claim_order (unit_id, status, priority_rank DESC, queued_at, id);
