-- A case past its provider's retention period is purged with its history.
-- The purge marks the case `purging` and deletes it in one transaction; the
-- history of every other case stays append-only.
DROP TRIGGER case_events_no_delete;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
WHEN (SELECT stage FROM cases WHERE id = OLD.case_id) IS NOT 'purging'
BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
