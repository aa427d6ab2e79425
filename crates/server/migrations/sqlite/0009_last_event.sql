-- When the case's last event happened, kept with each append, so that the
-- clock's retention purge finds the finished cases kept long enough by
-- index, instead of reading every finished case's history at each pass.
-- The index on (provider, stage) becomes this one's prefix.
ALTER TABLE cases ADD COLUMN last_event_at TEXT;
UPDATE cases SET last_event_at = (SELECT MAX(e.at) FROM case_events e WHERE e.case_id = cases.id);
DROP INDEX cases_provider_stage;
CREATE INDEX cases_finished ON cases (provider, stage, last_event_at);
