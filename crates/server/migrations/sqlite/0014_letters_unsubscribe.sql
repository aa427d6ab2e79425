-- A letter to a customer names its case's stop-emails link in the
-- List-Unsubscribe header, so that a mail program can offer it.
ALTER TABLE letters ADD COLUMN unsubscribe TEXT;
