-- The catalogue's revision joins the other reference data's revisions, so that a transaction reads all of them in
-- one statement (a submission asks about the catalogue, the routing rules and the SLA policies).
INSERT INTO reference_revisions (name, revision)
SELECT 'service-catalogue', revision FROM catalogue_revision WHERE id = 1;

DROP TABLE catalogue_revision;
