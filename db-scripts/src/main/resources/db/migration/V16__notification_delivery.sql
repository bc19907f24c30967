-- Text messages leave the outbox through a delivery worker: each row is due at a time, retried with a growing
-- delay after a temporary failure, and given up after a configured number of attempts. Rows also name the
-- request they are about, so that administrators can follow what a citizen was told. All times UTC.

ALTER TABLE sms_outbox
    -- Handed to the SMS provider, the same on every retry: a provider drops a repeat of a message it accepted.
    ADD COLUMN message_id      CHAR(36)     NULL AFTER id,
    ADD COLUMN request_id      BIGINT       NULL AFTER message_id,  -- the request it is about, if any
    ADD COLUMN phone_hash      CHAR(64)     NULL AFTER phone,       -- keyed hash: find a phone's messages without decrypting
    ADD COLUMN next_attempt_at DATETIME(3)  NULL,                   -- due from then
    ADD COLUMN last_error      VARCHAR(200) NULL,                   -- the provider's reason, never the phone or the text
    ADD COLUMN failed_at       DATETIME(3)  NULL,                   -- given up after the last attempt
    ADD CONSTRAINT sms_outbox_request FOREIGN KEY (request_id) REFERENCES requests (id);

UPDATE sms_outbox SET message_id = UUID(), next_attempt_at = created_at;

-- Rows written before delivery existed are one-time codes that expired long ago: they are never sent.
UPDATE sms_outbox SET failed_at = UTC_TIMESTAMP(3), last_error = 'queued before delivery existed'
WHERE sent_at IS NULL;

ALTER TABLE sms_outbox
    MODIFY message_id      CHAR(36)    NOT NULL,
    MODIFY next_attempt_at DATETIME(3) NOT NULL,
    ADD UNIQUE KEY sms_outbox_message (message_id),
    DROP KEY sms_outbox_unsent,
    -- The worker's question: unsent, not given up, due, the longest waiting first.
    ADD KEY sms_outbox_due (sent_at, failed_at, next_attempt_at, id),
    ADD KEY sms_outbox_phone (phone_hash, id);
