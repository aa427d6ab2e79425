-- What a provider's reports read of a case, kept with each event appended
-- (as the queue's columns are), so that a quarter's report reads these
-- instead of replaying every case:
--   report_facts: the case's facts as JSON (its days of receipt, first
--     answer and close, each deadline's due day and the day it was met, the
--     regulator's steps, the outcome); '' when they cannot be worked out;
--   report_until: the last day a report may count something of the case on
--     ('9999-12-31' while it is open).
-- Cases filed before these columns have a NULL report_facts: the server
-- works theirs out at start, with the queue's.
ALTER TABLE cases ADD COLUMN report_facts TEXT;
ALTER TABLE cases ADD COLUMN report_until TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_report ON cases (provider, report_until);
DROP INDEX cases_queue_unworked;
CREATE INDEX cases_unworked ON cases (id) WHERE received_day IS NULL OR report_facts IS NULL;
