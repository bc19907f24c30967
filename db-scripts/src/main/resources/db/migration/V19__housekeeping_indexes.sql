-- Expired records are purged in small batches by age (platform.housekeeping): each purge reads an index
-- range from the oldest row instead of scanning the table.

ALTER TABLE rate_limit_hits ADD KEY rate_limit_hits_occurred (occurred_at);
ALTER TABLE access_codes ADD KEY access_codes_expires (expires_at);
ALTER TABLE citizen_tokens ADD KEY citizen_tokens_expires (expires_at);
