-- What a provider's reports read of a case, kept with each event appended
-- (as the queue's columns are), so that a quarter's report reads these
-- instead of replaying every case:
--   report_facts: the case's facts as JSON (its days of receipt, first
--     answer and close, each deadline's due day and the day it was met, the
--     regulator's steps, the outcome); '' when they cannot be worked out;
--   report_until: the last day any of its facts falls on ('' when they cannot
--     be worked out, or for a merged duplicate): a report reads the facts of
--     the cases whose day is in or after its period;
--   report_open: the company's handling has not ended; the open cases whose
--     last fact is before a period are counted, by kind, from an index alone.
-- Cases filed before these columns have a NULL report_facts: the server
-- works theirs out at start, with the queue's.
ALTER TABLE cases ADD COLUMN report_facts TEXT;
ALTER TABLE cases ADD COLUMN report_until TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN report_open BOOLEAN NOT NULL DEFAULT FALSE;
-- One index serves both reads: the facts from a day on, and (from the index
-- alone) the count of the open cases whose last fact is before it.
CREATE INDEX cases_report ON cases (provider, report_until, report_open, kind);
DROP INDEX cases_queue_unworked;
CREATE INDEX cases_unworked ON cases (id) WHERE received_day IS NULL OR report_facts IS NULL;
