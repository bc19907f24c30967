-- What the SLA and the public figures need on the request itself, so that neither has to replay the event trail:
-- the stage deadlines and their outcome, and the unit the routing first chose (back-flow and diversion are
-- measured against it). All times UTC.

ALTER TABLE requests
    ADD COLUMN routed_unit_id        BIGINT      NULL AFTER unit_id,  -- the unit routing chose at submission
    ADD COLUMN accept_due_at         DATETIME(3) NULL,                -- accept by then (current unit; reset by a transfer)
    ADD COLUMN resolve_due_at        DATETIME(3) NULL,                -- resolve by then (moved on while the citizen is asked)
    ADD COLUMN sla_remaining_seconds BIGINT      NULL,                -- while AWAITING_CITIZEN: resolve time left, in the policy's own time
    ADD COLUMN accept_warned_at      DATETIME(3) NULL,                -- supervisors warned that the accept deadline is near
    ADD COLUMN accept_breached_at    DATETIME(3) NULL,                -- the accept deadline passed unmet
    ADD COLUMN resolve_warned_at     DATETIME(3) NULL,
    ADD COLUMN resolve_breached_at   DATETIME(3) NULL,
    ADD CONSTRAINT requests_routed_unit FOREIGN KEY (routed_unit_id) REFERENCES units (id);

UPDATE requests r
SET r.routed_unit_id = COALESCE(
        (SELECT e.to_unit_id FROM request_events e
         WHERE e.request_id = r.id AND e.action = 'SUBMITTED' ORDER BY e.id LIMIT 1),
        r.unit_id);

ALTER TABLE requests MODIFY routed_unit_id BIGINT NOT NULL;
