-- Reference data that every submission reads (routing rules and the units they name, SLA policies and the working
-- calendar) is held in memory by each instance, as the catalogue is, and reloaded when its revision here has moved:
-- one primary-key read per use instead of reading the data. Whatever changes one of these tables moves its
-- revision in the same transaction (the administrators' services do; a migration that changes them must too), so
-- the change applies with its commit on every instance.
CREATE TABLE reference_revisions (
    name     VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
) ENGINE = InnoDB;

INSERT INTO reference_revisions (name, revision)
VALUES ('units', 1), ('routing-rules', 1), ('sla-policies', 1), ('working-calendar', 1);
