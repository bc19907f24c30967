-- The public figures (评估亮晒, GET /api/v1/statistics) read every request created in a period, grouped by unit.
-- One covering index, led by created_at, holds every column they read: a period's figures are a range scan of
-- this index alone, never a visit to the rows, whose encrypted texts make them ten times wider. The same range
-- serves the period over all units, one unit and one division prefix (the filters are checked on the entries),
-- so the cost follows the number of requests in the period; an index led by the unit would only speed up the
-- one-unit figures and cost every write a second wide index.
ALTER TABLE requests
    ADD INDEX requests_statistics (created_at, unit_id, routed_unit_id, division_code, type, backflow_count,
                                   accepted_at, accept_breached_at, resolved_at, resolve_breached_at, queued_at,
                                   paused_seconds, rating);
