-- Fingerprints and text blocks serve only to find the requests a new one repeats, within each kind's window (30 days
-- for a phone, 7 for a place, 3 for a text by default). Housekeeping deletes what has left its window; these keys
-- find those rows oldest first instead of scanning the tables. Both grow at their end, as requests come in.
ALTER TABLE request_fingerprints ADD KEY request_fingerprints_age (kind, created_at), ALGORITHM = INPLACE, LOCK = NONE;
ALTER TABLE similar_text_blocks ADD KEY similar_text_blocks_age (created_at), ALGORITHM = INPLACE, LOCK = NONE;
