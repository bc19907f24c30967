-- The request lifecycle 接单—派单—处置—反馈—跟进—回访: who holds a request, where it went, how it ended,
-- and what the SLA clock must leave out. All times are UTC, as everywhere.

ALTER TABLE requests
    ADD COLUMN assignee       VARCHAR(64)  NULL     AFTER unit_id,   -- the clerk who accepted it, or the supervisor of a reopening
    ADD COLUMN handler        VARCHAR(100) NULL     AFTER assignee,  -- the colleague (username) or team (name) it was dispatched to
    ADD COLUMN backflow_count INT          NOT NULL DEFAULT 0,      -- transfers after routing (回流): routing errors
    ADD COLUMN merged_into_id BIGINT       NULL,                    -- the request a duplicate was merged into
    ADD COLUMN rating         TINYINT      NULL,                    -- the latest return visit's rating, 1 to 5
    ADD COLUMN rating_comment TEXT         NULL,
    ADD COLUMN awaiting_since DATETIME(3)  NULL,                    -- waiting for the citizen: the SLA clock is paused
    ADD COLUMN paused_seconds BIGINT       NOT NULL DEFAULT 0,      -- time waited for the citizen in past waits
    ADD COLUMN queued_at      DATETIME(3)  NULL,                    -- entered its current unit's queue (submission or transfer)
    ADD COLUMN accepted_at    DATETIME(3)  NULL,                    -- accepted by its current unit
    ADD COLUMN resolved_at    DATETIME(3)  NULL,                    -- the latest public reply
    ADD COLUMN closed_at      DATETIME(3)  NULL,                    -- reached a final status
    ADD CONSTRAINT requests_merged_into FOREIGN KEY (merged_into_id) REFERENCES requests (id),
    ADD CONSTRAINT requests_rating_range CHECK (rating BETWEEN 1 AND 5),
    ADD CONSTRAINT requests_backflow_count CHECK (backflow_count >= 0),
    ADD CONSTRAINT requests_paused_seconds CHECK (paused_seconds >= 0),
    ADD KEY requests_assignee (assignee, status),
    ADD KEY requests_handler (handler, status);

UPDATE requests SET queued_at = created_at WHERE queued_at IS NULL;

ALTER TABLE requests MODIFY queued_at DATETIME(3) NOT NULL;

-- PUBLIC events make the citizen's timeline; INTERNAL ones (notes, priority changes) are for staff only.
-- Events stay insert-only: the application never updates or deletes them.
ALTER TABLE request_events
    ADD COLUMN visibility  VARCHAR(8)   NOT NULL DEFAULT 'PUBLIC' AFTER to_status,
    ADD COLUMN assigned_to VARCHAR(100) NULL AFTER note,             -- whom the move gave the request to
    ADD COLUMN to_unit_id  BIGINT       NULL AFTER assigned_to,      -- the unit the move put it in (submission, transfer)
    ADD COLUMN rating      TINYINT      NULL AFTER to_unit_id,       -- a return visit's rating
    ADD CONSTRAINT request_events_to_unit FOREIGN KEY (to_unit_id) REFERENCES units (id),
    ADD CONSTRAINT request_events_rating_range CHECK (rating BETWEEN 1 AND 5),
    ADD CONSTRAINT request_events_visibility CHECK (visibility IN ('PUBLIC', 'INTERNAL'));

-- Until now a request could only be submitted, so its unit is the one its submission put it in.
UPDATE request_events e JOIN requests r ON r.id = e.request_id
SET e.to_unit_id = r.unit_id
WHERE e.action = 'SUBMITTED' AND e.to_unit_id IS NULL;

ALTER TABLE request_events ALTER COLUMN visibility DROP DEFAULT;
