-- What the staff's queue needs, kept with each event appended (as stage and
-- clock_due_at are), so that a page of the queue is read from an index
-- instead of replaying every case:
--   received_day: the provider's local day of receipt, which the date filters use;
--   next_due: the earliest deadline of the company not yet met, while the case
--     is open ('9999-12-31' when there is none, so that it sorts last);
--   search_text: the reference and the answers the case stands on, in lower
--     case, one a line, which the text search looks in.
-- Cases filed before these columns have a NULL received_day: the server
-- works theirs out at start.
ALTER TABLE cases ADD COLUMN received_day TEXT;
ALTER TABLE cases ADD COLUMN next_due TEXT NOT NULL DEFAULT '9999-12-31';
ALTER TABLE cases ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_queue_received ON cases (provider, received_at, id);
CREATE INDEX cases_queue_due ON cases (provider, next_due, received_at, id);
CREATE INDEX cases_queue_unworked ON cases (received_day) WHERE received_day IS NULL;
