-- A letter that a date calls for (the ADR letter at eight weeks, the
-- reminder before a window closes) is worked out whenever its case is
-- written or the clock looks at it: its key makes it written once, by
-- whichever server gets there first.
ALTER TABLE letters ADD COLUMN once_key TEXT;
CREATE UNIQUE INDEX letters_once ON letters (case_id, once_key);
