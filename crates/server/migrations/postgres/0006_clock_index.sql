-- The instant a case's next clock event falls due (a lapse, a window that
-- closes), kept with each event appended, so that the clock reads only the
-- cases due instead of replaying every open one. NULL: none is coming.
-- Cases filed before this column get the earliest instant, so the clock's
-- next pass works theirs out once (NULL for a finished one).
ALTER TABLE cases ADD COLUMN clock_due_at TEXT DEFAULT '0001-01-01T00:00:00.000000Z';
CREATE INDEX cases_clock_due ON cases (clock_due_at);
