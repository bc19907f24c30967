-- The citizen reads who looked at their personal data as a role and a unit, never a member of staff's user name,
-- which stays in the log for the record. Both are taken at the time of the read: the reader's role, and the unit
-- whose request it was (the reader served it). Reads logged before have neither: the table is append-only, and an
-- audit log is not filled in afterwards with guesses.
ALTER TABLE personal_data_reads
    ADD COLUMN reader_role    VARCHAR(16) NULL AFTER reader,
    ADD COLUMN reader_unit_id BIGINT      NULL AFTER reader_role,
    ADD CONSTRAINT personal_data_reads_unit FOREIGN KEY (reader_unit_id) REFERENCES units (id);
