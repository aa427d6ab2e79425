-- A case past its provider's retention period is purged with its history.
-- The purge marks the case `purging` and deletes it in one transaction; the
-- history of every other case stays append-only.
CREATE OR REPLACE FUNCTION case_events_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND (SELECT stage FROM cases WHERE id = OLD.case_id) = 'purging' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'case events are append-only';
END;
$$ LANGUAGE plpgsql;
